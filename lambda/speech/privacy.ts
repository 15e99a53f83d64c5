/** What the skill says about the data it keeps and deleting it. */

export const DELETE_QUESTION =
  'I can delete everything Aftercare keeps for this Alexa account: the procedure dates and settings of everyone who uses it. Shall I delete it all?';

export const DELETE_REPROMPT = 'Shall I delete your Aftercare data? Please say yes or no.';

export const DELETED =
  'Done. I’ve deleted everything Aftercare kept for this account. If you tell me a date again, I’ll start fresh.';

export const KEPT = 'Okay, I’ve kept everything as it was.';

export const NOTHING_TO_DELETE_WITHOUT_ACCOUNT =
  'Aftercare keeps nothing for this device without an Alexa account, so there is nothing to delete.';
