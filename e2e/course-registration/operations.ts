/** The operations a web client of the course-registration system sends. */
export const OPEN_LECTURE = `mutation($input: OpenLectureInput!) { openLecture(input: $input) { id title status capacity enrolledCount } }`;
export const CANCEL_LECTURE = `mutation($id: ID!) { cancelLecture(id: $id) { id status } }`;
export const LECTURE = `query($id: ID!) { lecture(id: $id) { id title status enrolledCount capacity instructor { id name } } }`;
export const MY_LECTURES = `{ myLectures { id title enrolledCount } }`;
export const REGISTER = `mutation($lectureId: ID!) { registerForLecture(lectureId: $lectureId) { id status amount lecture { id title } payment { id status amount } } }`;
export const CANCEL_REGISTRATION = `mutation($id: ID!) { cancelRegistration(id: $id) { id status cancellationReason refund } }`;
export const REGISTRATION = `query($id: ID!) { registration(id: $id) { id status cancellationReason refund lecture { title enrolledCount } payment { id status } } }`;
export const MY_REGISTRATIONS = `{ myRegistrations { id status lecture { id title } payment { status } } }`;
export const BOARD = `{ myRegistrationBoard { id lectureTitle status paymentStatus refund amount } }`;
export const ENROLMENT_BOARD = `{ myEnrolmentBoard { id title enrolledCount status } }`;
