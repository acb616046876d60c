/** The address written into the checked-in WSDL files; served copies use the request's host. */
export const PLACEHOLDER_ADDRESS = 'http://localhost:8080/scene7/services/IpsApiService';
