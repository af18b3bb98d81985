extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

"""
A {{thingText}} a signed-in user requests; the {{name}} context confirms it once the request is
published.
"""
type {{Thing}} @key(fields: "id") {
  "{{Thing}} id."
  id: ID!
  "What the {{thingText}} is called, 1 to 200 characters."
  title: String!
  "Where the {{thingText}} is in its life."
  status: {{Thing}}Status!
  "The user who requested it."
  owner: User!
  "When it was requested."
  requestedAt: String!
  "When it was confirmed, once it is."
  confirmedAt: String
}

"Where a {{thingText}} is in its life."
enum {{Thing}}Status {
  "Requested; confirmed shortly after, once the request is published."
  REQUESTED
  "Confirmed."
  CONFIRMED
}

"A user of the portal, owned by the identity context."
type User @key(fields: "id", resolvable: false) {
  "User id."
  id: ID!
}

"""
Business failures of the {{name}} context, returned as `extensions.code` of an error.
"""
enum {{Name}}ErrorCode {
  "No {{thingText}} with that id."
  {{THING}}_NOT_FOUND
  "The title is empty or longer than 200 characters."
  INVALID_{{THING}}
}

"What a user gives to request a {{thingText}}."
input Request{{Thing}}Input {
  "1 to 200 characters, trimmed."
  title: String!
}

type Query {
  "One {{thingText}} by id: the signed-in user's own, or any for an ADMIN."
  {{thingCamel}}(id: ID!): {{Thing}}
}

type Mutation {
  "Requests a {{thingText}} for the signed-in user; it is confirmed shortly after."
  request{{Thing}}(input: Request{{Thing}}Input!): {{Thing}}!
}
