export { caseworkRoutes } from './routes.js';
