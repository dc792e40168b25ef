/** Complete tag sets, one per programme: what closing a chat, a thread or a contact needs. */
export const helpwantedTags = {
  gender: 'female',
  contactRole: 'self',
  subjects: ['image-spread-by-phone'],
  ageBand: '12-18',
};

export const stopitnowTags = {
  gender: 'male',
  contactType: 'worried-about-self',
  concerns: ['viewer'],
  ageBand: '26-40',
  foundVia: 'internet',
  actions: ['clinic-call-planned'],
};
