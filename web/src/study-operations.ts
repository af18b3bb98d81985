import { gql } from "urql";

/** The online study operations of the web client, as the router's schema (schema/supergraph.graphql) has them. */

export type CourseOrderStatus = "ORDERED" | "CANCELED";
export type LearningStatus = "AWAITING_MANAGER" | "IN_PROGRESS" | "COMPLETED" | "CANCELED";

export const COURSES = gql`
  query StudyCourses($search: String) {
    courses(search: $search) {
      id
      code
      title
      durationDays
    }
  }
`;

export const ORDER_COURSE = gql`
  mutation OrderCourse($input: OrderCourseInput!) {
    orderCourse(input: $input) {
      id
      orderNumber
      status
    }
  }
`;

export const CANCEL_COURSE_ORDER = gql`
  mutation CancelCourseOrder($id: ID!) {
    cancelCourseOrder(id: $id) {
      id
      orderNumber
      status
    }
  }
`;

/** The student's "my learning" read model (views): one fetch. */
export const MY_LEARNING = gql`
  query MyLearning {
    myLearning {
      id
      orderNumber
      courseCode
      courseTitle
      beginDate
      endDate
      orderedAt
      orderStatus
      learningId
      learningStatus
      managerName
      interimScores {
        evaluationId
        score
        note
      }
      finalScore
      canceled
      updatedAt
    }
  }
`;

export const MY_LEARNING_CHANGES = gql`
  subscription MyLearningChanges {
    myLearningChanges {
      cursor
      status
      score
      learning {
        id
        status
      }
    }
  }
`;

export const MY_SMS_HISTORY = gql`
  query MySmsHistory {
    mySmsHistory {
      id
      kind
      address
      text
      sentAt
      caseLabel
    }
  }
`;

/** The learning manager's queue: records awaiting a manager, and their own in progress. */
export const LEARNING_QUEUE = gql`
  query LearningQueue {
    learningQueue {
      id
      status
      orderNumber
      courseTitle
      managerName
      interimEvaluations
      lastInterimScore
      student {
        id
        name
      }
      evaluationSheet {
        id
        status
      }
    }
  }
`;

export const START_LEARNING = gql`
  mutation StartLearning($input: StartLearningInput!) {
    startLearning(input: $input) {
      id
      status
    }
  }
`;

export const REGISTER_INTERIM_EVALUATION = gql`
  mutation RegisterInterimEvaluation($input: RegisterInterimEvaluationInput!) {
    registerInterimEvaluation(input: $input) {
      id
      score
    }
  }
`;

export const REGISTER_FINAL_EVALUATION = gql`
  mutation RegisterFinalEvaluation($input: RegisterFinalEvaluationInput!) {
    registerFinalEvaluation(input: $input) {
      id
      score
    }
  }
`;

export interface Course {
  id: string;
  code: string;
  title: string;
  durationDays: number;
}

export interface MyLearningRow {
  id: string;
  orderNumber: string;
  courseCode: string;
  courseTitle: string;
  beginDate: string;
  endDate: string;
  orderedAt: string;
  orderStatus: CourseOrderStatus;
  learningId: string | null;
  learningStatus: LearningStatus | null;
  managerName: string | null;
  interimScores: { evaluationId: string; score: number; note: string | null }[];
  finalScore: number | null;
  canceled: boolean;
  updatedAt: string;
}

export interface LearningStatusChange {
  cursor: string;
  status: LearningStatus;
  score: number | null;
  learning: { id: string; status: LearningStatus } | null;
}

export interface Sms {
  id: string;
  kind: string;
  address: string;
  text: string;
  sentAt: string | null;
  caseLabel: string | null;
}

export interface QueuedLearning {
  id: string;
  status: LearningStatus;
  orderNumber: string;
  courseTitle: string;
  managerName: string | null;
  interimEvaluations: number;
  lastInterimScore: number | null;
  student: { id: string; name: string } | null;
  /** Evaluations' sheet of the record, opened by LearningStarted: evaluations are registered on it. */
  evaluationSheet: { id: string; status: "OPEN" | "FINAL" | "CANCELED" } | null;
}
