// Example queries preloaded in GraphiQL: one per kind of question the
// service answers. They are starting points to edit, nothing depends on them.
export const examples = [
  {
    title: 'Meetings of a person',
    query: `# Who met whom, where and when; the documents
# that report each meeting, once each, oldest first.
query MeetingsOfAPerson {
  meetings(person: "Takaichi") {
    nodes {
      participants { entity { name } }
      location { name }
      start
      status
      documents { id published }
    }
  }
}
`,
  },
  {
    title: 'Latest meetings',
    query: `# Newest first; last/before page backward, first/after forward.
query LatestMeetings {
  events(type: MEETING, orderBy: {field: START, direction: DESC}, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      participants { entity { name } }
      location { name }
      start
      status
      documents { id }
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
