export { buildApp, deployable, loadDistricts } from './app.js';
export { type DeployableDistrict, DistrictStack, stackNameOf } from './district-stack.js';
export { type ApiRoute, type AppName, apiRoutes, type RouteAccess } from './routes.js';
export { tableShape } from './table-shape.js';
