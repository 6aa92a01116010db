// Example queries preloaded in GraphiQL: one per kind of question the
// service answers. They are starting points to edit, nothing depends on them.
export const examples = [
  {
    title: 'Meetings of a person',
    query: `# Who met whom, where and when.
query MeetingsOfAPerson {
  meetings(person: "Takaichi") {
    nodes {
      participants { entity { name } }
      location { name }
      start
      status
      sources { document { id } }
    }
  }
}
`,
  },
  {
    title: 'All meetings',
    query: `query AllMeetings {
  events(type: MEETING, first: 20) {
    totalCount
    nodes {
      participants { entity { name } }
      location { name }
      start
      status
      sources { document { id } }
    }
  }
}
`,
  },
  {
    title: 'Entity search',
    query: `# Matches names and aliases, case- and accent-insensitive, by prefix.
query EntitySearch {
  entities(filter: {name: "takaichi"}) {
    nodes { id name type aliases }
  }
}
`,
  },
  {
    title: 'Path between two entities',
    query: `# How two entities connect through events, shortest first.
query PathBetween {
  path(from: "Takaichi", to: "Xi Jinping", maxHops: 4) {
    hops
    steps {
      from { name }
      event { type start status location { name } }
      to { name }
    }
  }
}
`,
  },
  {
    title: 'Link a text',
    query: `# Finds the mentions in a text and the stored entities they name; stores nothing.
query LinkText {
  link(text: "Prime Minister Sanae Takaichi met Donald Trump in Tokyo on Tuesday.") {
    text
    start
    end
    type
    confidence
    entity { id name }
  }
}
`,
  },
  {
    title: 'Stats',
    query: `query Stats {
  stats {
    documents
    entities { type count }
    events { type count }
  }
}
`,
  },
];
