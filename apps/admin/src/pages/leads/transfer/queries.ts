import { graphql } from '../../../gql';

export const IMPORT_LEADS_MUTATION = graphql(`
  mutation ImportLeads($file: String!) {
    importLeads(file: $file) {
      rows
      created
      updated
      unchanged
      rejectedRows
      rejected {
        row
        column
        companyName
        reason
      }
    }
  }
`);

export const LEAD_IMPORT_TEMPLATE_QUERY = graphql(`
  query LeadImportTemplate {
    leadImportTemplate
  }
`);
