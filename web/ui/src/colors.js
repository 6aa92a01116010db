// The colours the neighbourhood graph draws, one table for the graph and its
// legend so that the legend names every colour the picture can hold.

export const typeColors = {
  PERSON: '#3b6fb6',
  ORGANIZATION: '#8a4fb0',
  GPE: '#2f8a57',
  LOCATION: '#1f8a8a',
  FACILITY: '#c0732a',
  OTHER: '#777777',
};

export const eventColors = {
  MEETING: '#d9a400',
  VISIT: '#d06a4c',
  AGREEMENT: '#5a8f3a',
  OTHER: '#999999',
};
