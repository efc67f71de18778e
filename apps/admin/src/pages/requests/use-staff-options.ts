import { useGqlQuery } from '../../providers/use-gql';
import { STAFF_MEMBERS_QUERY } from './queries';

/** Active staff members as Select options (`staffMembers`: staff only, names without emails). */
export const useStaffOptions = () => {
  const { data, isLoading } = useGqlQuery(STAFF_MEMBERS_QUERY, {}, { resource: 'users' });
  const options = (data?.staffMembers ?? []).map((member) => ({ value: member.id, label: member.name }));
  return { options, isLoading };
};
