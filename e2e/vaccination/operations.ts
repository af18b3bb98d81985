/** The vaccination operations the e2e tests send through the router, as a client would. */

const BOOKING_FIELDS = `id date status vaccineName injectionId bookedAt injectedAt canceledAt`;

export const REGISTER_VACCINE = `mutation($input: RegisterVaccineInput!) { registerVaccine(input: $input) { id name stock booked available registeredAt } }`;
export const ADD_STOCK = `mutation($id: ID!, $quantity: Int!) { addVaccineStock(id: $id, quantity: $quantity) { id stock booked available } }`;
export const VACCINE = `query($id: ID!) { vaccine(id: $id) { id name stock booked available } }`;
export const VACCINES = `query { vaccines { id name stock booked available } }`;
export const BOOK = `mutation($input: BookVaccinationInput!) { bookVaccination(input: $input) { ${BOOKING_FIELDS} customer { id } vaccine { id name } } }`;
export const CANCEL = `mutation($id: ID!) { cancelVaccinationBooking(id: $id) { id status canceledAt } }`;
export const BOOKING = `query($id: ID!) { vaccinationBooking(id: $id) { ${BOOKING_FIELDS} vaccine { id name stock booked } injection { id status completedAt } } }`;
export const MY_BOOKINGS = `query { myVaccinationBookings { id status } }`;
export const TO_GIVE = `query($date: String) { injectionsToGive(date: $date) { id date status booking { id } customer { id } } }`;
export const COMPLETE = `mutation($id: ID!) { completeInjection(id: $id) { id status completedAt completedBy { id } booking { id status } } }`;
export const INJECTION = `query($id: ID!) { injection(id: $id) { id status booking { id } } }`;

// --- certificates (V1) ---
const APPLICATION_FIELDS = `id status vaccineName injectionId appliedAt canceledAt certificateNumber issuedAt`;
export const APPLY_CERTIFICATE = `mutation($bookingId: ID!) { applyForCertificate(bookingId: $bookingId) { ${APPLICATION_FIELDS} booking { id status } customer { id } } }`;
export const CANCEL_CERTIFICATE_APPLICATION = `mutation($id: ID!) { cancelCertificateApplication(id: $id) { id status canceledAt } }`;
export const CERTIFICATE_APPLICATION = `query($id: ID!) { certificateApplication(id: $id) { ${APPLICATION_FIELDS} booking { id status } certificate { number issuedAt issueId } } }`;
export const MY_CERTIFICATE_APPLICATIONS = `query { myCertificateApplications { id status certificate { number } } }`;
export const BOOKING_CERTIFICATE_APPLICATIONS = `query($id: ID!) { vaccinationBooking(id: $id) { id certificateApplications { id status } } }`;
export const PENDING_CERTIFICATE_ISSUES = `query { pendingCertificateIssues { id status bookingId application { id } certificate { number issuedAt } } }`;
export const CERTIFICATE_ISSUE = `query($id: ID!) { certificateIssue(id: $id) { id status canceledAt application { id } certificate { number issuedAt } } }`;
export const ISSUE_CERTIFICATE = `mutation($issueId: ID!) { issueCertificate(issueId: $issueId) { id status bookingId application { id } certificate { number issuedAt } } }`;
