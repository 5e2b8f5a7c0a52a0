export { OLDEST_OPEN_LISTED, openQueueFigures } from './open-queue.js';
export type * from './types.js';
export { WorkingDayCounts, workingDaysBetween } from './working-day-counts.js';
export { ANSWER_DAY_BINS, FiguresTally, yearFigures } from './year-figures.js';
