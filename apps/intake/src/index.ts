export { intakeRoutes } from './routes.js';
