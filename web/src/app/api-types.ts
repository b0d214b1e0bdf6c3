// The server's API as TypeScript types, generated from its OpenAPI document (the routes' zod schemas).
// Do not edit: run `npm run api:types` after changing a route. A test fails while this file is stale.
/* eslint-disable */
export interface paths {
    "/conference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The joint conference of my region (or of a region in my scope) */
        get: operations["conferenceGet"];
        /** Create or change the joint conference of a region */
        put: operations["conferencePut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agreements signed (协议 / 框架协议 / 备忘录) */
        get: operations["conferenceGetAgreements"];
        put?: never;
        /** Record an agreement */
        post: operations["conferencePostAgreements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement */
        get: operations["conferenceGetAgreementsById"];
        put?: never;
        post?: never;
        /** Delete an agreement */
        delete: operations["conferenceDeleteAgreementsById"];
        options?: never;
        head?: never;
        /** Change an agreement */
        patch: operations["conferencePatchAgreementsById"];
        trace?: never;
    };
    "/conference/agreements/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the signed text */
        get: operations["conferenceGetAgreementsByIdFile"];
        put?: never;
        /** Attach the signed text (multipart field "file") */
        post: operations["conferencePostAgreementsByIdFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/agreements/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to an agreement */
        get: operations["conferenceGetAgreementsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/agreements/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered agreements */
        get: operations["conferenceGetAgreementsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/calendar-feed/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user’s meetings as a subscribable iCalendar feed */
        get: operations["conferenceGetCalendarFeedByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes to the conference */
        get: operations["conferenceGetHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conference card of the caller’s home page: counts with the list each opens, and this week’s meetings */
        get: operations["conferenceGetHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/liaisons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liaisons with their terms */
        get: operations["conferenceGetLiaisons"];
        put?: never;
        /** Add a liaison */
        post: operations["conferencePostLiaisons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/liaisons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a liaison */
        delete: operations["conferenceDeleteLiaisonsById"];
        options?: never;
        head?: never;
        /** Change a liaison or end the term */
        patch: operations["conferencePatchLiaisonsById"];
        trace?: never;
    };
    "/conference/liaisons/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export liaisons */
        get: operations["conferenceGetLiaisonsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I have a calendar subscription */
        get: operations["conferenceGetMeCalendarFeed"];
        put?: never;
        /** Create (or replace) my calendar subscription; the URL is shown once */
        post: operations["conferencePostMeCalendarFeed"];
        /** Revoke my calendar subscription */
        delete: operations["conferenceDeleteMeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meeting-documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a released document */
        delete: operations["conferenceDeleteMeetingDocumentsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meeting-documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a released document */
        get: operations["conferenceGetMeetingDocumentsByIdFile"];
        put?: never;
        /** Attach the document file */
        post: operations["conferencePostMeetingDocumentsByIdFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List meetings the caller may see */
        get: operations["conferenceGetMeetings"];
        put?: never;
        /** Create a meeting */
        post: operations["conferencePostMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting (the online link only when the caller may see it) */
        get: operations["conferenceGetMeetingsById"];
        put?: never;
        post?: never;
        /** Delete a meeting */
        delete: operations["conferenceDeleteMeetingsById"];
        options?: never;
        head?: never;
        /** Change or cancel a meeting */
        patch: operations["conferencePatchMeetingsById"];
        trace?: never;
    };
    "/conference/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agenda: items with their parts */
        get: operations["conferenceGetMeetingsByIdAgenda"];
        /** Replace the agenda */
        put: operations["conferencePutMeetingsByIdAgenda"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attendance with each person’s title at the time */
        get: operations["conferenceGetMeetingsByIdAttendees"];
        put?: never;
        /** Add an attendee */
        post: operations["conferencePostMeetingsByIdAttendees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/attendees/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an attendee */
        delete: operations["conferenceDeleteMeetingsByIdAttendeesByChildId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/attendees/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the attendance */
        get: operations["conferenceGetMeetingsByIdAttendeesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/attendees/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import attendance from Excel */
        post: operations["conferencePostMeetingsByIdAttendeesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting as an iCalendar file */
        get: operations["conferenceGetMeetingsByIdCalendarIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in by the six-character code */
        post: operations["conferencePostMeetingsByIdCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a document released at the meeting */
        post: operations["conferencePostMeetingsByIdDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to a meeting */
        get: operations["conferenceGetMeetingsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units and people invited */
        get: operations["conferenceGetMeetingsByIdInvitations"];
        put?: never;
        /** Invite units or people */
        post: operations["conferencePostMeetingsByIdInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/invitations/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: operations["conferenceDeleteMeetingsByIdInvitationsByChildId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the draft minutes */
        put: operations["conferencePutMeetingsByIdMinutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/minutes/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the minutes */
        post: operations["conferencePostMeetingsByIdMinutesApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/minutes/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return approved minutes to draft */
        post: operations["conferencePostMeetingsByIdMinutesReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Minutes, resolutions, agreements, unveilings and documents of a meeting */
        get: operations["conferenceGetMeetingsByIdRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations (organisers: all; others: their own) */
        get: operations["conferenceGetMeetingsByIdRegistrations"];
        put?: never;
        /** Register (joins the waitlist when the meeting is full) */
        post: operations["conferencePostMeetingsByIdRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/registrations/{childId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a registration; the first on the waitlist takes the place */
        post: operations["conferencePostMeetingsByIdRegistrationsByChildIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/registrations/{childId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a registered person in */
        post: operations["conferencePostMeetingsByIdRegistrationsByChildIdCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/registrations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the registrations */
        get: operations["conferenceGetMeetingsByIdRegistrationsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a resolution (议定事项) */
        post: operations["conferencePostMeetingsByIdResolutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/{id}/unveilings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an unveiling (揭牌) */
        post: operations["conferencePostMeetingsByIdUnveilings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/attendees/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for attendance */
        get: operations["conferenceGetMeetingsAttendeesImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered meetings */
        get: operations["conferenceGetMeetingsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/meetings/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled meetings starting within the next days */
        get: operations["conferenceGetMeetingsUpcoming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Member units */
        get: operations["conferenceGetMembers"];
        put?: never;
        /** Add a member unit */
        post: operations["conferencePostMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member unit */
        delete: operations["conferenceDeleteMembersById"];
        options?: never;
        head?: never;
        /** Change a member unit */
        patch: operations["conferencePatchMembersById"];
        trace?: never;
    };
    "/conference/members/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export member units */
        get: operations["conferenceGetMembersExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import member units from Excel */
        post: operations["conferencePostMembersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/members/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for member units */
        get: operations["conferenceGetMembersImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conference/resolutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resolution */
        get: operations["conferenceGetResolutionsById"];
        put?: never;
        post?: never;
        /** Delete a resolution not yet turned into a task */
        delete: operations["conferenceDeleteResolutionsById"];
        options?: never;
        head?: never;
        /** Change a resolution */
        patch: operations["conferencePatchResolutionsById"];
        trace?: never;
    };
    "/conference/unveilings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an unveiling */
        delete: operations["conferenceDeleteUnveilingsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units of the caller’s city a transfer, clue, recordal or detention may name (names only) */
        get: operations["enforcementGetAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enforcement cases the caller may see (officer: its agency; office: its region; party: its own) */
        get: operations["enforcementGetCases"];
        put?: never;
        /** Register a complaint or lead: the 15-working-day check on opening a case starts */
        post: operations["enforcementPostCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case: particulars, time limits with citations, measures, who acts next */
        get: operations["enforcementGetCasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cases/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take one step of the case; a step against a time limit or without approval answers 400 naming the rule */
        post: operations["enforcementPostCasesByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to the case (from the audit log) */
        get: operations["enforcementGetCasesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cases/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a seizure or sealing; its own 30-day limit starts */
        post: operations["enforcementPostCasesByIdMeasures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cases/{id}/measures/{childId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a measure once with approval, or lift it */
        post: operations["enforcementPostCasesByIdMeasuresByChildIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cases/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a case for transfer to the police, with its file (art. 6); the head decides within 3 days */
        post: operations["enforcementPostCasesByIdTransfers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered case list as Excel */
        get: operations["enforcementGetCasesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/clues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clues the caller’s unit sent or received; the office sees every clue of its region */
        get: operations["enforcementGetClues"];
        put?: never;
        /** Pass a clue with its evidence to another member unit */
        post: operations["enforcementPostClues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/clues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One clue with its limits */
        get: operations["enforcementGetCluesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/clues/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving unit acknowledges or answers the clue */
        post: operations["enforcementPostCluesByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/clues/{id}/files/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one evidence file of the clue */
        get: operations["enforcementGetCluesByIdFilesByChildId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/clues/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to the clue (from the audit log) */
        get: operations["enforcementGetCluesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/clues/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered clue list as Excel */
        get: operations["enforcementGetCluesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/clues/unanswered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unanswered clues past their limit, for the office’s supervision view */
        get: operations["enforcementGetCluesUnanswered"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compliance procedures the caller may see: the procuratorate’s own, its team’s, the office’s region */
        get: operations["enforcementGetCompliance"];
        put?: never;
        /** The procuratorate opens a compliance procedure with its supervision team (the IP office takes part) */
        post: operations["enforcementPostCompliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/compliance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One procedure with its team, inspections and time limits */
        get: operations["enforcementGetComplianceById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/compliance/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The team records the plan, approves it, extends the term, evaluates and sends the evaluation to the procuratorate */
        post: operations["enforcementPostComplianceByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/compliance/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to the procedure (from the audit log) */
        get: operations["enforcementGetComplianceByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/compliance/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The team schedules an inspection within the inspection period */
        post: operations["enforcementPostComplianceByIdInspections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/compliance/{id}/inspections/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The team records what an inspection found */
        post: operations["enforcementPostComplianceByIdInspectionsByChildId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/compliance/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered list of compliance procedures as Excel */
        get: operations["enforcementGetComplianceExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cooperation bodies the caller’s unit belongs to, or with a member in the caller’s region */
        get: operations["enforcementGetCooperationBodies"];
        put?: never;
        /** Set up a cooperation body of offices from several regions, with its agreement and the deadlines it sets */
        post: operations["enforcementPostCooperationBodies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One body with its members, deadlines and joint figures */
        get: operations["enforcementGetCooperationBodiesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/bodies/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to the body (from the audit log) */
        get: operations["enforcementGetCooperationBodiesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/bodies/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member office admits another office to the body */
        post: operations["enforcementPostCooperationBodiesByIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/bodies/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member office asks another member to investigate a party, serve a document or share evidence */
        post: operations["enforcementPostCooperationBodiesByIdRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/bodies/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered list of cooperation bodies as Excel */
        get: operations["enforcementGetCooperationBodiesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assistance requests the caller’s unit sent or received (the office: those of its region) */
        get: operations["enforcementGetCooperationRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assistance request with its deadline */
        get: operations["enforcementGetCooperationRequestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/requests/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The requested office accepts and answers the request */
        post: operations["enforcementPostCooperationRequestsByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/requests/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to the request (from the audit log) */
        get: operations["enforcementGetCooperationRequestsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/cooperation/requests/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered list of assistance requests as Excel */
        get: operations["enforcementGetCooperationRequestsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The time limits as data: length, working or calendar days, extension, citation; regional overrides */
        get: operations["enforcementGetDeadlineRules"];
        /** Set a rule for a region (office: its own region; administrator: also the national default) */
        put: operations["enforcementPutDeadlineRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/deadline-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a regional override (the national defaults stay) */
        delete: operations["enforcementDeleteDeadlineRulesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/deadline-rules/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the time-limit rules as Excel */
        get: operations["enforcementGetDeadlineRulesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/detentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detentions: customs its own, the holder its own, the office its region */
        get: operations["enforcementGetDetentions"];
        put?: never;
        /** Customs enters a detention: notified to the holder, or detained on application with a bond */
        post: operations["enforcementPostDetentions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/detentions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One detention with its limits */
        get: operations["enforcementGetDetentionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/detentions/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The holder’s application (3 working days), a lapse, a court order, confiscation or release */
        post: operations["enforcementPostDetentionsByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/detentions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to the detention */
        get: operations["enforcementGetDetentionsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/detentions/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered detentions as Excel */
        get: operations["enforcementGetDetentionsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enforcement card of the caller’s home: counts, each with the list query it opens */
        get: operations["enforcementGetHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/recordals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customs recordals (a holder sees its own) */
        get: operations["enforcementGetRecordals"];
        put?: never;
        /** Customs records a recordal: valid ten years from approval */
        post: operations["enforcementPostRecordals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/recordals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recordal */
        get: operations["enforcementGetRecordalsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/recordals/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a recordal for ten years, within six months of its expiry */
        post: operations["enforcementPostRecordalsByIdRenew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/recordals/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered recordals as Excel */
        get: operations["enforcementGetRecordalsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases, penalties, transfers, clues and customs detentions of a year, per agency and district */
        get: operations["enforcementGetStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/statistics/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s enforcement statistics as Excel */
        get: operations["enforcementGetStatisticsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers the caller may see: the procuratorate every one of its region with its clock, the police those sent to it */
        get: operations["enforcementGetTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One transfer with its time limits and who acts next */
        get: operations["enforcementGetTransfersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/transfers/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The head’s decision, the police’s decision, a reconsideration and its answer */
        post: operations["enforcementPostTransfersByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/transfers/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the case file sent with the transfer */
        get: operations["enforcementGetTransfersByIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/transfers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to the transfer (from the audit log) */
        get: operations["enforcementGetTransfersByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enforcement/transfers/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered transfer list as Excel */
        get: operations["enforcementGetTransfersExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compensation claims the caller may see */
        get: operations["financeGetClaims"];
        put?: never;
        /** Apply for compensation on a loan in default */
        post: operations["financePostClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim with its payout and recoveries, each party’s share */
        get: operations["financeGetClaimsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/claims/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file of a claim the caller may see */
        get: operations["financeGetClaimsByIdEvidenceByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/claims/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to a claim */
        get: operations["financeGetClaimsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/claims/{id}/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money recovered later, shared back by the ratios */
        post: operations["financePostClaimsByIdRecoveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/claims/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (and pay out by the ratios) or reject a claim */
        post: operations["financePostClaimsByIdReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/claims/{id}/typical-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a claim as a candidate typical case with its story */
        put: operations["financePutClaimsByIdTypicalCase"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/claims/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export claims */
        get: operations["financeGetClaimsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/credit-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interest marks and credit lines I may see */
        get: operations["financeGetCreditLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/credit-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record a granted credit line, or decline */
        patch: operations["financePatchCreditLinesById"];
        trace?: never;
    };
    "/finance/credit-lines/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export credit lines */
        get: operations["financeGetCreditLinesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The finance card of the caller’s home: counts with the list each opens */
        get: operations["financeGetHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loan-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inclusive loans and their share, pool leverage and loss rate, subsidies paid, by district and bank */
        get: operations["financeGetLoanFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** IP-backed loans the caller may see */
        get: operations["financeGetLoans"];
        put?: never;
        /** Record a loan of the caller’s bank */
        post: operations["financePostLoans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A loan with its repayments and pledges */
        get: operations["financeGetLoansById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a loan by its state machine (approve, disburse, default, pay off, …) */
        post: operations["financePostLoansByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to a loan */
        get: operations["financeGetLoansByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/{id}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a repayment */
        post: operations["financePostLoansByIdRepayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/{id}/signings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetings at which a loan was signed */
        get: operations["financeGetLoansByIdSignings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/{id}/typical-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a loan as a candidate typical case with its story */
        put: operations["financePutLoansByIdTypicalCase"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export loans */
        get: operations["financeGetLoansExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the bank’s loans from Excel (multipart field "file"); all rows or none */
        post: operations["financePostLoansImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/loans/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for importing loans */
        get: operations["financeGetLoansImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/lpr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly one-year LPR with its source */
        get: operations["financeGetLpr"];
        /** Record or correct one month’s LPR */
        put: operations["financePutLpr"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/meetings/{id}/signings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loans and intentions signed at a meeting */
        get: operations["financeGetMeetingsByIdSignings"];
        put?: never;
        /** Record a loan or an intention signed at a meeting */
        post: operations["financePostMeetingsByIdSignings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprises (office, districts, banks), banks and appraisers a finance form may name, by name or credit code */
        get: operations["financeGetParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledge-time-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Processing time limits of the pledge registration, with their sources */
        get: operations["financeGetPledgeTimeLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pledge registrations the caller may see */
        get: operations["financeGetPledges"];
        put?: never;
        /** Prepare a pledge registration */
        post: operations["financePostPledges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pledge with its rights, events and pre-checks */
        get: operations["financeGetPledgesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a pledge being prepared */
        patch: operations["financePatchPledgesById"];
        trace?: never;
    };
    "/finance/pledges/{id}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a change of a registered pledge */
        post: operations["financePostPledgesByIdChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes of a pledge */
        get: operations["financeGetPledgesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a refusal with its ground */
        post: operations["financePostPledgesByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the registration (number, notice, date) */
        post: operations["financePostPledgesByIdRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the release of a pledge */
        post: operations["financePostPledgesByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File with CNIPA after the pre-checks pass */
        post: operations["financePostPledgesByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges/{id}/typical-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a pledge a candidate typical case with its story */
        put: operations["financePutPledgesByIdTypicalCase"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pledges/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export pledge registrations */
        get: operations["financeGetPledgesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Risk-compensation pools the caller may see */
        get: operations["financeGetPools"];
        put?: never;
        /** Set up a pool with its sharing ratios and rules */
        post: operations["financePostPools"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pool with its parties, banks and balance */
        get: operations["financeGetPoolsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pools/{id}/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money paid into the pool */
        post: operations["financePostPoolsByIdFunding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pools/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to a pool */
        get: operations["financeGetPoolsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pools/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every movement of the pool’s money */
        get: operations["financeGetPoolsByIdLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/pools/{id}/ledger/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the pool’s ledger */
        get: operations["financeGetPoolsByIdLedgerExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/repayments/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the bank’s repayments from Excel (multipart field "file"); all rows or none */
        post: operations["financePostRepaymentsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/repayments/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for importing repayments */
        get: operations["financeGetRepaymentsImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/securitisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** IP securitisation products the caller may see */
        get: operations["financeGetSecuritisations"];
        put?: never;
        /** Record a securitisation product with its tranches and underlying enterprises */
        post: operations["financePostSecuritisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/securitisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A securitisation product with its tranches and enterprises */
        get: operations["financeGetSecuritisationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a securitisation product */
        patch: operations["financePatchSecuritisationsById"];
        trace?: never;
    };
    "/finance/securitisations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to a securitisation product */
        get: operations["financeGetSecuritisationsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/securitisations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export securitisation products */
        get: operations["financeGetSecuritisationsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/signings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signings at meetings the caller may see */
        get: operations["financeGetSignings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/signings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a signing recorded by mistake */
        delete: operations["financeDeleteSigningsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/signings/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export signings at meetings */
        get: operations["financeGetSigningsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pledges, loans, pools, subsidies and securitisation of a year, split by kind, district, bank and industry, with growth on the year before */
        get: operations["financeGetStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/statistics/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the finance statistics of a year */
        get: operations["financeGetStatisticsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/statistics/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the finance figures of every year to the statistics catalogue now (also done nightly) */
        post: operations["financePostStatisticsPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/subsidies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subsidy applications the caller may see */
        get: operations["financeGetSubsidies"];
        put?: never;
        /** Apply for a subsidy; the amount is computed from the recorded repayments */
        post: operations["financePostSubsidies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/subsidies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subsidy application with its working */
        get: operations["financeGetSubsidiesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/subsidies/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to a subsidy application */
        get: operations["financeGetSubsidiesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/subsidies/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a subsidy application */
        post: operations["financePostSubsidiesByIdReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/subsidies/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export subsidy applications (a batch’s, for the finance bureau) */
        get: operations["financeGetSubsidiesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/subsidy-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment batches */
        get: operations["financeGetSubsidyBatches"];
        put?: never;
        /** Approve a payment batch of approved applications */
        post: operations["financePostSubsidyBatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/subsidy-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subsidy policies */
        get: operations["financeGetSubsidyPolicies"];
        put?: never;
        /** Add a subsidy policy */
        post: operations["financePostSubsidyPolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/whitelist-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications I may see (banks: also the published lists) */
        get: operations["financeGetWhitelistApplications"];
        put?: never;
        /** Apply, recommend an enterprise, or send a bank applicant for checking */
        post: operations["financePostWhitelistApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/whitelist-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its score and reasons */
        get: operations["financeGetWhitelistApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/whitelist-applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject an application */
        post: operations["financePostWhitelistApplicationsByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/whitelist-applications/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the bank’s interest in a whitelisted enterprise */
        post: operations["financePostWhitelistApplicationsByIdInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/whitelist-applications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the office’s checks (high-tech, dishonesty, abnormal filings) */
        patch: operations["financePatchWhitelistApplicationsByIdReview"];
        trace?: never;
    };
    "/finance/whitelist-applications/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export applications or the published list */
        get: operations["financeGetWhitelistApplicationsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/whitelists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whitelist batches of my region */
        get: operations["financeGetWhitelists"];
        put?: never;
        /** Open a whitelist batch with its criteria */
        post: operations["financePostWhitelists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/whitelists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One whitelist batch */
        get: operations["financeGetWhitelistsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/finance/whitelists/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a batch for review or publish it */
        post: operations["financePostWhitelistsByIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; answers the user and sets the HttpOnly session cookie */
        post: operations["orgPostAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (with the CSRF token when the session is live) */
        post: operations["orgPostAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, with the CSRF token for later writes */
        get: operations["orgGetAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password */
        post: operations["orgPostAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, or none: what every page asks first */
        get: operations["orgGetAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/login-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The login log */
        get: operations["orgGetLoginEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/login-events/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the login log as Excel */
        get: operations["orgGetLoginEventsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations */
        get: operations["orgGetOrgs"];
        put?: never;
        /** Create an organisation */
        post: operations["orgPostOrgs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: operations["orgGetOrgsById"];
        put?: never;
        post?: never;
        /** Delete an organisation that nothing refers to */
        delete: operations["orgDeleteOrgsById"];
        options?: never;
        head?: never;
        /** Change an organisation */
        patch: operations["orgPatchOrgsById"];
        trace?: never;
    };
    "/org/orgs/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to an organisation (from the audit log) */
        get: operations["orgGetOrgsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/orgs/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered list as Excel */
        get: operations["orgGetOrgsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/orgs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import organisations from Excel (multipart field "file"); answers a job to follow */
        post: operations["orgPostOrgsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/orgs/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for importing organisations */
        get: operations["orgGetOrgsImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people */
        get: operations["orgGetPeople"];
        put?: never;
        /** Add a person */
        post: operations["orgPostPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person */
        get: operations["orgGetPeopleById"];
        put?: never;
        post?: never;
        /** Remove a person */
        delete: operations["orgDeletePeopleById"];
        options?: never;
        head?: never;
        /** Change a person */
        patch: operations["orgPatchPeopleById"];
        trace?: never;
    };
    "/org/people/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export people as Excel */
        get: operations["orgGetPeopleExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import people from Excel */
        post: operations["orgPostPeopleImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/people/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for importing people */
        get: operations["orgGetPeopleImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Children of a region (provinces when no parent), or a search by name, pinyin or initials */
        get: operations["orgGetRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A region with its ancestors */
        get: operations["orgGetRegionsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles with their data scope */
        get: operations["orgGetRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/roles/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a role's data scope */
        patch: operations["orgPatchRolesByCode"];
        trace?: never;
    };
    "/org/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["orgGetUsers"];
        put?: never;
        /** Create a user */
        post: operations["orgPostUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["orgGetUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user (name, organisation, roles, status) */
        patch: operations["orgPatchUsersById"];
        trace?: never;
    };
    "/org/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a password; the user must change it at next sign-in */
        post: operations["orgPostUsersByIdPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear a lock-out */
        post: operations["orgPostUsersByIdUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/users/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export users as Excel */
        get: operations["orgGetUsersExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log */
        get: operations["platformGetAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered audit log */
        get: operations["platformGetAuditExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain and name the first broken event */
        get: operations["platformGetAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kept backups (newest first), the schedule and the retention */
        get: operations["platformGetBackups"];
        put?: never;
        /** Make a backup now, as a job; it is checked and retention applied */
        post: operations["platformPostBackups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/backups/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a kept backup */
        get: operations["platformGetBackupsByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/calendar/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is a day a working day; and the date N working days after it */
        get: operations["platformGetCalendarCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Days that differ from the national holiday data */
        get: operations["platformGetCalendarDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a holiday or make-up working day */
        put: operations["platformPutCalendarDaysByDate"];
        post?: never;
        /** Remove an override */
        delete: operations["platformDeleteCalendarDaysByDate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's holiday arrangement as deadlines count it */
        get: operations["platformGetCalendarYearsByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file (multipart field "file"); its content must match its extension */
        post: operations["platformPostFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file I uploaded */
        get: operations["platformGetFilesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of a background job */
        get: operations["platformGetJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/me/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My latest changes */
        get: operations["platformGetMeActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My messages */
        get: operations["platformGetNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a message read */
        post: operations["platformPostNotificationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my messages read */
        post: operations["platformPostNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Settings the web app needs before it shows anything: the time zone of every time on screen */
        get: operations["platformGetSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/adjudications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request administrative adjudication of a patent infringement dispute */
        post: operations["protectionPostAdjudications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases the caller may see (office: region; mediator: assigned; court: referred by or to it; enterprise: its own) */
        get: operations["protectionGetCases"];
        put?: never;
        /** File a mediation case: online application, court referral (委派/委托) or IP-office referral */
        post: operations["protectionPostCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with its deadlines, who acts next and what the caller may do */
        get: operations["protectionGetCasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an action on a case; an action its status or the caller’s side does not allow is refused (409 / 403) and nothing changes */
        post: operations["protectionPostCasesByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The timeline of a case, newest first */
        get: operations["protectionGetCasesByIdEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload evidence (multipart field "file", optional "title"); a file whose content is not what its extension says is refused */
        post: operations["protectionPostCasesByIdEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/{id}/evidence/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file */
        get: operations["protectionGetCasesByIdEvidenceByChildId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note; a side's private notes are never shown to the other side */
        post: operations["protectionPostCasesByIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/{id}/parties/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a party's particulars (a party only its own side's) */
        patch: operations["protectionPatchCasesByIdPartiesByChildId"];
        trace?: never;
    };
    "/protection/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered case list as Excel */
        get: operations["protectionGetCasesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a batch of referrals from Excel (multipart field "file"); all rows or none; answers a job */
        post: operations["protectionPostCasesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/cases/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for filing a batch of referrals */
        get: operations["protectionGetCasesImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The legal time limits as data, with regional overrides */
        get: operations["protectionGetDeadlineRules"];
        /** Set a rule for a region (office staff: their own region; admin: also the national default) */
        put: operations["protectionPutDeadlineRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/deadline-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a regional override */
        delete: operations["protectionDeleteDeadlineRulesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/deadline-rules/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the deadline rules */
        get: operations["protectionGetDeadlineRulesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries of case events to the endpoints */
        get: operations["protectionGetDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/deliveries/{outboxId}/{webhookId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a pending delivery due now */
        post: operations["protectionPostDeliveriesByOutboxIdByWebhookIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/deliveries/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the delivery log */
        get: operations["protectionGetDeliveriesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/deliveries/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send every due delivery now */
        post: operations["protectionPostDeliveriesRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases card of the caller’s home page: counts with the list each opens, and open cases by next deadline */
        get: operations["protectionGetHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/mediators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mediator roster with workload and performance */
        get: operations["protectionGetMediators"];
        put?: never;
        /** Add a mediator */
        post: operations["protectionPostMediators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/mediators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mediator */
        get: operations["protectionGetMediatorsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a mediator */
        patch: operations["protectionPatchMediatorsById"];
        trace?: never;
    };
    "/protection/mediators/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints against a mediator */
        get: operations["protectionGetMediatorsByIdComplaints"];
        put?: never;
        /** Record a complaint (在线调解规则 art. 29) */
        post: operations["protectionPostMediatorsByIdComplaints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/mediators/{id}/complaints/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Verify or dismiss a complaint */
        patch: operations["protectionPatchMediatorsByIdComplaintsByChildId"];
        trace?: never;
    };
    "/protection/mediators/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-in accounts with the mediator role in a mediation organisation */
        get: operations["protectionGetMediatorsAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/mediators/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the roster */
        get: operations["protectionGetMediatorsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/mediators/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import mediators from Excel (multipart field "file"); answers a job */
        post: operations["protectionPostMediatorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/mediators/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for importing mediators */
        get: operations["protectionGetMediatorsImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mediation organisations (or deciding offices) with their profiles and case counts */
        get: operations["protectionGetOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an organisation's case code and mediation particulars */
        put: operations["protectionPutOrganisationsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/organisations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the organisations list */
        get: operations["protectionGetOrganisationsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mediation statistics for a period */
        get: operations["protectionGetStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/statistics/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the statistics as Excel */
        get: operations["protectionGetStatisticsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Court-docking endpoints */
        get: operations["protectionGetWebhooks"];
        put?: never;
        /** Add an endpoint that receives case events */
        post: operations["protectionPostWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/protection/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an endpoint and its queue */
        delete: operations["protectionDeleteWebhooksById"];
        options?: never;
        head?: never;
        /** Change an endpoint */
        patch: operations["protectionPatchWebhooksById"];
        trace?: never;
    };
    "/publish/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles in the caller’s scope */
        get: operations["publishGetArticles"];
        put?: never;
        /** Write a draft article */
        post: operations["publishPostArticles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article (in scope, or published) */
        get: operations["publishGetArticlesById"];
        put?: never;
        post?: never;
        /** Delete an unpublished article */
        delete: operations["publishDeleteArticlesById"];
        options?: never;
        head?: never;
        /** Change an article */
        patch: operations["publishPatchArticlesById"];
        trace?: never;
    };
    "/publish/articles/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (multipart field "file") */
        post: operations["publishPostArticlesByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/articles/{id}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: operations["publishGetArticlesByIdAttachmentsByFileId"];
        put?: never;
        post?: never;
        /** Remove an attachment */
        delete: operations["publishDeleteArticlesByIdAttachmentsByFileId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/articles/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to an article */
        get: operations["publishGetArticlesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an article (office) */
        post: operations["publishPostArticlesByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/articles/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an article in review back to its author, with the reason */
        post: operations["publishPostArticlesByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/articles/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for review */
        post: operations["publishPostArticlesByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/articles/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a published article off the public pages */
        post: operations["publishPostArticlesByIdUnpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/articles/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered article list as Excel */
        get: operations["publishGetArticlesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/ingest/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read an uploaded .txt, .html or .docx report (multipart field "file"; nothing is saved) */
        post: operations["publishPostIngestFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/ingest/save": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save an ingested report: the article, the meeting record and the reported figures in one step */
        post: operations["publishPostIngestSave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/ingest/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clean pasted report text and read its facts (nothing is saved) */
        post: operations["publishPostIngestText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/public/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published news */
        get: operations["publishGetPublicNews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/public/news.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RSS 2.0 feed of published news */
        get: operations["publishGetPublicNewsRss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/public/news/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published article */
        get: operations["publishGetPublicNewsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/public/news/{id}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment of a published article */
        get: operations["publishGetPublicNewsByIdAttachmentsByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/public/top-ten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published top-ten list (newest, or of a year and region) and the lists available */
        get: operations["publishGetPublicTopTen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/reported-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Figures stated by reports (not computed by the stats module) */
        get: operations["publishGetReportedFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/reported-figures/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export reported figures as Excel */
        get: operations["publishGetReportedFiguresExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/reported-figures/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import reported figures from Excel; answers a job to follow */
        post: operations["publishPostReportedFiguresImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/reported-figures/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template for importing reported figures */
        get: operations["publishGetReportedFiguresImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search over articles, meetings, agreements and tasks (signed out: public documents only) */
        get: operations["publishGetSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/search/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export search results as Excel */
        get: operations["publishGetSearchExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/top-ten/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s list (draft or published), or null */
        get: operations["publishGetTopTenByYear"];
        /** Save the picked events in order (at most ten) */
        put: operations["publishPutTopTenByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/top-ten/{year}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s meetings, agreements, unveilings and articles to pick from */
        get: operations["publishGetTopTenByYearCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/top-ten/{year}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the year’s list */
        post: operations["publishPostTopTenByYearPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publish/top-ten/{year}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the year’s list */
        post: operations["publishPostTopTenByYearUnpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/baselines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Population, GDP and land area of regions by year */
        get: operations["statsGetBaselines"];
        /** Create or replace the baseline of a region and year */
        put: operations["statsPutBaselines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/baselines/{regionCode}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One baseline */
        get: operations["statsGetBaselinesByRegionCodeByYear"];
        put?: never;
        post?: never;
        /** Delete a baseline */
        delete: operations["statsDeleteBaselinesByRegionCodeByYear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/baselines/{regionCode}/{year}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes of a baseline */
        get: operations["statsGetBaselinesByRegionCodeByYearHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/baselines/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export baselines */
        get: operations["statsGetBaselinesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator definitions: id, name, unit, formula, source, version */
        get: operations["statsGetCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sub-regions of a region side by side */
        get: operations["statsGetCompare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/compare/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comparison as Excel */
        get: operations["statsGetCompareExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator cards and the narrative of a region and year */
        get: operations["statsGetDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/dashboard/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cards and narrative as Excel */
        get: operations["statsGetDashboardExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published totals of regions whose records are not held */
        get: operations["statsGetFigures"];
        /** Create or replace a published figure of a region, year and measure */
        put: operations["statsPutFigures"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/figures/{regionCode}/{year}/{measure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published figure */
        get: operations["statsGetFiguresByRegionCodeByYearByMeasure"];
        put?: never;
        post?: never;
        /** Delete a published figure */
        delete: operations["statsDeleteFiguresByRegionCodeByYearByMeasure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/figures/{regionCode}/{year}/{measure}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes of a published figure */
        get: operations["statsGetFiguresByRegionCodeByYearByMeasureHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/figures/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export published figures */
        get: operations["statsGetFiguresExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/gis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Geographical indications in the reader’s region */
        get: operations["statsGetGis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/gis/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export geographical indications */
        get: operations["statsGetGisExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import history */
        get: operations["statsGetImports"];
        put?: never;
        /** Import a previewed file with a column mapping (answers the job) */
        post: operations["statsPostImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/imports/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the import history */
        get: operations["statsGetImportsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV or Excel file (multipart: file, kind); answers its columns and a suggested mapping */
        post: operations["statsPostImportsPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/imports/template/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template of an import kind */
        get: operations["statsGetImportsTemplateByKind"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/open/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator definitions (public) */
        get: operations["statsGetOpenCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/open/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published indicator values (JSON); unpublished regions and years are not there */
        get: operations["statsGetOpenIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/open/indicators.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published indicator values (CSV, UTF-8) */
        get: operations["statsGetOpenIndicatorsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/open/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published regions and years with their statistics paragraph */
        get: operations["statsGetOpenPublications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/patents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patents in the reader’s region */
        get: operations["statsGetPatents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/patents/{no}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One patent with the high-value criteria it meets */
        get: operations["statsGetPatentsByNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/patents/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export patents */
        get: operations["statsGetPatentsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/pct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PCT applications in the reader’s region */
        get: operations["statsGetPct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/pct/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export PCT applications */
        get: operations["statsGetPctExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published regions and years */
        get: operations["statsGetPublications"];
        put?: never;
        /** Publish the indicators of a region and year (and its sub-regions) */
        post: operations["statsPostPublications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/publications/{regionCode}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a publication */
        delete: operations["statsDeletePublicationsByRegionCodeByYear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/publications/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the publications */
        get: operations["statsGetPublicationsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A peer group ranked by an indicator */
        get: operations["statsGetRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/ranking/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ranking as Excel */
        get: operations["statsGetRankingExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute every fact and indicator from the records (answers the job) */
        post: operations["statsPostRecompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics reports made so far */
        get: operations["statsGetReports"];
        put?: never;
        /** Make the yearly statistics report (PDF and xlsx) as a job */
        post: operations["statsPostReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/reports/{id}/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a report as PDF or xlsx */
        get: operations["statsGetReportsByIdByFormat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/reports/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the list of reports */
        get: operations["statsGetReportsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parameters of the indicator definitions */
        get: operations["statsGetSettings"];
        /** Change the parameters; every indicator is recomputed (answers the job) */
        put: operations["statsPutSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/trademarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trademarks in the reader’s region */
        get: operations["statsGetTrademarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/trademarks/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export trademarks */
        get: operations["statsGetTrademarksExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator of a region over the years */
        get: operations["statsGetTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/trend/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trend as Excel */
        get: operations["statsGetTrendExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Key tasks */
        get: operations["tasksGet"];
        put?: never;
        /** Add a key task to a plan */
        post: operations["tasksPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One key task with its sub-tasks */
        get: operations["tasksGetById"];
        put?: never;
        post?: never;
        /** Delete a key task with no sub-tasks and no reports */
        delete: operations["tasksDeleteById"];
        options?: never;
        head?: never;
        /** Change a key task */
        patch: operations["tasksPatchById"];
        trace?: never;
    };
    "/tasks/{id}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to adjust a task’s deadline or target */
        post: operations["tasksPostByIdAdjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a key task */
        post: operations["tasksPostByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leader comments (批示) on a task */
        get: operations["tasksGetByIdComments"];
        put?: never;
        /** Record a leader comment */
        post: operations["tasksPostByIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Timeline of every change to the task */
        get: operations["tasksGetByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a supervision notice */
        post: operations["tasksPostByIdNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress on a task my unit leads */
        post: operations["tasksPostByIdReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests to adjust a deadline or target */
        get: operations["tasksGetAdjustments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/adjustments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve an adjustment request */
        post: operations["tasksPostAdjustmentsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/adjustments/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse an adjustment request */
        post: operations["tasksPostAdjustmentsByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/assessment-bonuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a bonus item */
        delete: operations["tasksDeleteAssessmentBonusesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/assessment-bonuses/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a bonus item’s evidence */
        get: operations["tasksGetAssessmentBonusesByIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year-end assessment (live while a draft) */
        get: operations["tasksGetAssessments"];
        put?: never;
        /** Save the rules and the current ranking */
        post: operations["tasksPostAssessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/assessments/{id}/bonuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a bonus item backed by evidence */
        post: operations["tasksPostAssessmentsByIdBonuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/assessments/{id}/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fix the ranking */
        post: operations["tasksPostAssessmentsByIdFinalise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/assessments/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ranking and bonus items as Excel */
        get: operations["tasksGetAssessmentsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress by unit and district, overdue ranking and review queues */
        get: operations["tasksGetDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered tasks */
        get: operations["tasksGetExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/from-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a meeting’s resolution into a key task */
        post: operations["tasksPostFromResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The key-task card of the caller’s home page: counts with the list each opens, and the most urgent tasks */
        get: operations["tasksGetHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/progress-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress reports (status=submitted: the review queue) */
        get: operations["tasksGetProgressReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/progress-reports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a report: the task takes its progress */
        post: operations["tasksPostProgressReportsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/progress-reports/{id}/files/{childId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file */
        get: operations["tasksGetProgressReportsByIdFilesByChildId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/progress-reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a report with a comment */
        post: operations["tasksPostProgressReportsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/progress-reports/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export progress reports */
        get: operations["tasksGetProgressReportsExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/progress-reports/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress on many tasks from Excel */
        post: operations["tasksPostProgressReportsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/progress-reports/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My unit’s open tasks, to fill in and import */
        get: operations["tasksGetProgressReportsImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/supervision-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supervision notices (督办单) */
        get: operations["tasksGetSupervisionNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/supervision-notices/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a supervision notice */
        post: operations["tasksPostSupervisionNoticesByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/supervision-notices/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a supervision notice */
        post: operations["tasksPostSupervisionNoticesByIdRespond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/supervision-notices/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export supervision notices */
        get: operations["tasksGetSupervisionNoticesExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/task-books": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Task books (任务书) */
        get: operations["tasksGetTaskBooks"];
        put?: never;
        /** Issue a task book to a unit or district */
        post: operations["tasksPostTaskBooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/task-books/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task book with its tasks */
        get: operations["tasksGetTaskBooksById"];
        put?: never;
        post?: never;
        /** Withdraw a task book not yet acknowledged */
        delete: operations["tasksDeleteTaskBooksById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/task-books/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge receipt of a task book */
        post: operations["tasksPostTaskBooksByIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/task-books/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to a task book */
        get: operations["tasksGetTaskBooksByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/task-books/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export task books */
        get: operations["tasksGetTaskBooksExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/work-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work plans (工作要点) per year and region */
        get: operations["tasksGetWorkPlans"];
        put?: never;
        /** Create a work plan */
        post: operations["tasksPostWorkPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/work-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work plan */
        get: operations["tasksGetWorkPlansById"];
        put?: never;
        post?: never;
        /** Delete a work plan nobody has reported on */
        delete: operations["tasksDeleteWorkPlansById"];
        options?: never;
        head?: never;
        /** Rename a work plan or change its year */
        patch: operations["tasksPatchWorkPlansById"];
        trace?: never;
    };
    "/tasks/work-plans/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan’s tasks as Excel */
        get: operations["tasksGetWorkPlansByIdExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/work-plans/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add tasks from the Excel template */
        post: operations["tasksPostWorkPlansByIdImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/work-plans/{id}/import-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add tasks from pasted numbered text (一、 （一） 1.) */
        post: operations["tasksPostWorkPlansByIdImportText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/work-plans/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan’s tasks in order (liaisons: their unit’s) */
        get: operations["tasksGetWorkPlansByIdTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/work-plans/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered work plans */
        get: operations["tasksGetWorkPlansExportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/work-plans/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel template of a work plan */
        get: operations["tasksGetWorkPlansImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdjudicationCaseCreate: {
            claims: string;
            /**
             * Format: uuid
             * @description the IP office that decides the dispute
             */
            orgId: string;
            parties: {
                address: unknown;
                /** @enum {string|null} */
                agentAuthority?: "general" | "special" | null;
                agentName: unknown;
                agentPhone: unknown;
                /** @description credit code of an organisation, or ID number of a person */
                idNumber: unknown;
                /** @enum {string} */
                kind: "organisation" | "person";
                name: string;
                /**
                 * Format: uuid
                 * @description the platform organisation of this party; its enterprise users see the case
                 */
                orgId?: string | null;
                phone: unknown;
                /** @enum {string} */
                role: "applicant" | "respondent";
                /** @description electronic service address (e-mail or platform account) */
                serviceAddress: unknown;
            }[];
            /**
             * Format: date
             * @description the day the request arrived (defaults to today)
             */
            receivedOn?: string;
            regionCode: string;
            rights: unknown[];
            summary: string;
        };
        AdjudicationCaseCreateInput: {
            claims: string;
            /**
             * Format: uuid
             * @description the IP office that decides the dispute
             */
            orgId: string;
            parties: {
                address?: string | null;
                /** @enum {string|null} */
                agentAuthority?: "general" | "special" | null;
                agentName?: string | null;
                agentPhone?: string | null;
                /** @description credit code of an organisation, or ID number of a person */
                idNumber?: string | null;
                /** @enum {string} */
                kind: "organisation" | "person";
                name: string;
                /**
                 * Format: uuid
                 * @description the platform organisation of this party; its enterprise users see the case
                 */
                orgId?: string | null;
                phone?: string | null;
                /** @enum {string} */
                role: "applicant" | "respondent";
                /** @description electronic service address (e-mail or platform account) */
                serviceAddress?: string | null;
            }[];
            /**
             * Format: date
             * @description the day the request arrived (defaults to today)
             */
            receivedOn?: string;
            regionCode: string;
            rights: {
                /** @enum {string} */
                kind: "invention" | "utilityModel" | "design" | "trademark" | "copyright" | "other";
                number: string;
                title?: string | null;
            }[];
            summary: string;
        };
        Adjustment: {
            createdAt: string;
            decidedAt: string | null;
            decidedByName: string | null;
            decisionComment: string | null;
            id: string;
            /** @enum {string} */
            kind: "deadline" | "target";
            newDeadline: string | null;
            newTargetValue: number | null;
            oldDeadline: string | null;
            oldTargetValue: number | null;
            orgId: string;
            orgName: string;
            reason: string;
            requestedByName: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "refused";
            taskId: string;
            taskPath: string;
            taskTitle: string;
        };
        AdjustmentCreate: {
            /** @enum {string} */
            kind: "deadline" | "target";
            /** Format: date */
            newDeadline?: string | null;
            newTargetValue?: number | null;
            reason: string;
        };
        AdjustmentCreateInput: {
            /** @enum {string} */
            kind: "deadline" | "target";
            /** Format: date */
            newDeadline?: string | null;
            newTargetValue?: number | null;
            reason: string;
        };
        AdjustmentInput: {
            createdAt: string;
            decidedAt: string | null;
            decidedByName: string | null;
            decisionComment: string | null;
            id: string;
            /** @enum {string} */
            kind: "deadline" | "target";
            newDeadline: string | null;
            newTargetValue: number | null;
            oldDeadline: string | null;
            oldTargetValue: number | null;
            orgId: string;
            orgName: string;
            reason: string;
            requestedByName: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "refused";
            taskId: string;
            taskPath: string;
            taskTitle: string;
        };
        AdjustmentPage: {
            items: components["schemas"]["Adjustment"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AdjustmentPageInput: {
            items: components["schemas"]["AdjustmentInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AgendaItem: {
            children: {
                durationMinutes: number | null;
                id: string;
                notes: string | null;
                speaker: string | null;
                title: string;
            }[];
            durationMinutes: number | null;
            id: string;
            notes: string | null;
            speaker: string | null;
            title: string;
        };
        AgendaItemInput: {
            children: {
                durationMinutes: number | null;
                id: string;
                notes: string | null;
                speaker: string | null;
                title: string;
            }[];
            durationMinutes: number | null;
            id: string;
            notes: string | null;
            speaker: string | null;
            title: string;
        };
        AgendaPut: {
            items: {
                children?: {
                    durationMinutes?: number | null;
                    notes: unknown;
                    speaker: unknown;
                    title: string;
                }[];
                durationMinutes?: number | null;
                notes: unknown;
                speaker: unknown;
                title: string;
            }[];
        };
        AgendaPutInput: {
            items: {
                children?: {
                    durationMinutes?: number | null;
                    notes?: string | null;
                    speaker?: string | null;
                    title: string;
                }[];
                durationMinutes?: number | null;
                notes?: string | null;
                speaker?: string | null;
                title: string;
            }[];
        };
        Agreement: {
            createdAt: string;
            file: {
                id: string;
                name: string;
                size: number;
            } | null;
            id: string;
            /** @enum {string} */
            kind: "agreement" | "framework" | "memorandum";
            meetingId: string | null;
            meetingTitle: string | null;
            parties: {
                name: string;
                orgId: string | null;
                signer: string | null;
                signerTitle: string | null;
            }[];
            regionCode: string;
            regionName: string;
            signedOn: string | null;
            summary: string | null;
            title: string;
            updatedAt: string;
        };
        AgreementCreate: {
            /**
             * @default agreement
             * @enum {string}
             */
            kind: "agreement" | "framework" | "memorandum";
            /** Format: uuid */
            meetingId?: string | null;
            /** @default [] */
            parties: {
                name: string;
                /** Format: uuid */
                orgId?: string | null;
                signer: unknown;
                signerTitle: unknown;
            }[];
            regionCode: string;
            /** Format: date */
            signedOn?: string | null;
            summary: unknown;
            title: string;
        };
        AgreementCreateInput: {
            /**
             * @default agreement
             * @enum {string}
             */
            kind: "agreement" | "framework" | "memorandum";
            /** Format: uuid */
            meetingId?: string | null;
            parties?: {
                name: string;
                /** Format: uuid */
                orgId?: string | null;
                signer?: string | null;
                signerTitle?: string | null;
            }[];
            regionCode: string;
            /** Format: date */
            signedOn?: string | null;
            summary?: string | null;
            title: string;
        };
        AgreementInput: {
            createdAt: string;
            file: {
                id: string;
                name: string;
                size: number;
            } | null;
            id: string;
            /** @enum {string} */
            kind: "agreement" | "framework" | "memorandum";
            meetingId: string | null;
            meetingTitle: string | null;
            parties: {
                name: string;
                orgId: string | null;
                signer: string | null;
                signerTitle: string | null;
            }[];
            regionCode: string;
            regionName: string;
            signedOn: string | null;
            summary: string | null;
            title: string;
            updatedAt: string;
        };
        AgreementPage: {
            items: components["schemas"]["Agreement"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AgreementPageInput: {
            items: components["schemas"]["AgreementInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AgreementUpdate: {
            /** @enum {string} */
            kind?: "agreement" | "framework" | "memorandum";
            /** Format: uuid */
            meetingId?: string | null;
            parties?: {
                name: string;
                /** Format: uuid */
                orgId?: string | null;
                signer: unknown;
                signerTitle: unknown;
            }[];
            regionCode?: string;
            /** Format: date */
            signedOn?: string | null;
            summary?: unknown;
            title?: string;
        };
        AgreementUpdateInput: {
            /** @enum {string} */
            kind?: "agreement" | "framework" | "memorandum";
            /** Format: uuid */
            meetingId?: string | null;
            parties?: {
                name: string;
                /** Format: uuid */
                orgId?: string | null;
                signer?: string | null;
                signerTitle?: string | null;
            }[];
            regionCode?: string;
            /** Format: date */
            signedOn?: string | null;
            summary?: string | null;
            title?: string;
        };
        ApiError: {
            /** @enum {string} */
            error: "VALIDATION" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "LOCKED" | "RATE_LIMITED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "INTERNAL";
            fields?: {
                /** @description dotted path of the field, e.g. creditCode or rows.3.name */
                field: string;
                message: string;
            }[];
            message: string;
        };
        ApiErrorInput: {
            /** @enum {string} */
            error: "VALIDATION" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "LOCKED" | "RATE_LIMITED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "INTERNAL";
            fields?: {
                /** @description dotted path of the field, e.g. creditCode or rows.3.name */
                field: string;
                message: string;
            }[];
            message: string;
        };
        Article: {
            attachments: {
                id: string;
                mime: string;
                name: string;
                size: number;
            }[];
            authorOrgId: string;
            authorOrgName: string;
            body: string;
            createdAt: string;
            createdBy: string | null;
            eventDate: string | null;
            /** @enum {string} */
            eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            eventRegionCode: string | null;
            eventRegionName: string | null;
            id: string;
            meetingId: string | null;
            newsDate: string | null;
            originalText: string | null;
            publishedAt: string | null;
            regionCode: string;
            reviewNote: string | null;
            source: string | null;
            sourceDate: string | null;
            sourceUrl: string | null;
            /** @enum {string} */
            status: "draft" | "review" | "published";
            summary: string | null;
            title: string;
            updatedAt: string;
        };
        ArticleCreate: {
            body: string;
            /** Format: date */
            eventDate?: string | null;
            /**
             * @default other
             * @enum {string}
             */
            eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            eventRegionCode?: string | null;
            source: unknown;
            /** Format: date */
            sourceDate?: string | null;
            /** Format: uri */
            sourceUrl?: string | null;
            summary: unknown;
            title: string;
        };
        ArticleCreateInput: {
            body: string;
            /** Format: date */
            eventDate?: string | null;
            /**
             * @default other
             * @enum {string}
             */
            eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            eventRegionCode?: string | null;
            source?: string | null;
            /** Format: date */
            sourceDate?: string | null;
            sourceUrl?: (string | null) | "";
            summary?: string | null;
            title: string;
        };
        ArticleInput: {
            attachments: {
                id: string;
                mime: string;
                name: string;
                size: number;
            }[];
            authorOrgId: string;
            authorOrgName: string;
            body: string;
            createdAt: string;
            createdBy: string | null;
            eventDate: string | null;
            /** @enum {string} */
            eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            eventRegionCode: string | null;
            eventRegionName: string | null;
            id: string;
            meetingId: string | null;
            newsDate: string | null;
            originalText: string | null;
            publishedAt: string | null;
            regionCode: string;
            reviewNote: string | null;
            source: string | null;
            sourceDate: string | null;
            sourceUrl: string | null;
            /** @enum {string} */
            status: "draft" | "review" | "published";
            summary: string | null;
            title: string;
            updatedAt: string;
        };
        ArticlePage: {
            items: {
                attachments: {
                    id: string;
                    mime: string;
                    name: string;
                    size: number;
                }[];
                authorOrgId: string;
                authorOrgName: string;
                createdAt: string;
                createdBy: string | null;
                eventDate: string | null;
                /** @enum {string} */
                eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
                eventRegionCode: string | null;
                eventRegionName: string | null;
                id: string;
                meetingId: string | null;
                newsDate: string | null;
                publishedAt: string | null;
                regionCode: string;
                reviewNote: string | null;
                source: string | null;
                sourceDate: string | null;
                sourceUrl: string | null;
                /** @enum {string} */
                status: "draft" | "review" | "published";
                summary: string | null;
                title: string;
                updatedAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        ArticlePageInput: {
            items: {
                attachments: {
                    id: string;
                    mime: string;
                    name: string;
                    size: number;
                }[];
                authorOrgId: string;
                authorOrgName: string;
                createdAt: string;
                createdBy: string | null;
                eventDate: string | null;
                /** @enum {string} */
                eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
                eventRegionCode: string | null;
                eventRegionName: string | null;
                id: string;
                meetingId: string | null;
                newsDate: string | null;
                publishedAt: string | null;
                regionCode: string;
                reviewNote: string | null;
                source: string | null;
                sourceDate: string | null;
                sourceUrl: string | null;
                /** @enum {string} */
                status: "draft" | "review" | "published";
                summary: string | null;
                title: string;
                updatedAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        ArticleReview: {
            note: unknown;
        };
        ArticleReviewInput: {
            note?: string | null;
        };
        ArticleUpdate: {
            body?: string;
            /** Format: date */
            eventDate?: string | null;
            /** @enum {string} */
            eventKind?: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            eventRegionCode?: string | null;
            source?: unknown;
            /** Format: date */
            sourceDate?: string | null;
            /** Format: uri */
            sourceUrl?: string | null;
            summary?: unknown;
            title?: string;
        };
        ArticleUpdateInput: {
            body?: string;
            /** Format: date */
            eventDate?: string | null;
            /** @enum {string} */
            eventKind?: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            eventRegionCode?: string | null;
            source?: string | null;
            /** Format: date */
            sourceDate?: string | null;
            sourceUrl?: (string | null) | "";
            summary?: string | null;
            title?: string;
        };
        Assessment: {
            bonuses: components["schemas"]["BonusItem"][];
            computedAt: string;
            finalisedAt: string | null;
            /** @description null until the assessment is saved */
            id: string | null;
            regionCode: string;
            regionName: string;
            rules: components["schemas"]["AssessmentRules"];
            scores: components["schemas"]["AssessmentScore"][];
            /** @enum {string} */
            status: "draft" | "final";
            year: number;
        };
        AssessmentCreate: {
            regionCode: string;
            rules?: components["schemas"]["AssessmentRules"];
            year: number;
        };
        AssessmentCreateInput: {
            regionCode: string;
            rules?: components["schemas"]["AssessmentRulesInput"];
            year: number;
        };
        AssessmentInput: {
            bonuses: components["schemas"]["BonusItemInput"][];
            computedAt: string;
            finalisedAt: string | null;
            /** @description null until the assessment is saved */
            id: string | null;
            regionCode: string;
            regionName: string;
            rules: components["schemas"]["AssessmentRulesInput"];
            scores: components["schemas"]["AssessmentScoreInput"][];
            /** @enum {string} */
            status: "draft" | "final";
            year: number;
        };
        AssessmentRules: {
            /** @default 10 */
            bonusCap: number;
            /** @default 0.6 */
            late: number;
            /** @default 0 */
            notDone: number;
            /** @default 1 */
            onTime: number;
        };
        AssessmentRulesInput: {
            /** @default 10 */
            bonusCap: number;
            /** @default 0.6 */
            late: number;
            /** @default 0 */
            notDone: number;
            /** @default 1 */
            onTime: number;
        };
        AssessmentScore: {
            baseScore: number;
            bonus: number;
            late: number;
            notDone: number;
            onTime: number;
            orgId: string;
            orgName: string;
            rank: number;
            tasks: number;
            total: number;
            weight: number;
        };
        AssessmentScoreInput: {
            baseScore: number;
            bonus: number;
            late: number;
            notDone: number;
            onTime: number;
            orgId: string;
            orgName: string;
            rank: number;
            tasks: number;
            total: number;
            weight: number;
        };
        Attendee: {
            id: string;
            meetingId: string;
            name: string;
            online: boolean;
            orgId: string | null;
            orgName: string | null;
            personId: string | null;
            /** @enum {string} */
            role: "leader" | "chair" | "speaker" | "attendee" | "guest";
            /** @enum {string} */
            source: "checkIn" | "reported" | "manual" | "import";
            title: string | null;
        };
        AttendeeCreate: {
            name: string;
            /** @default false */
            online: boolean;
            /** Format: uuid */
            orgId?: string | null;
            orgName: unknown;
            /**
             * @default attendee
             * @enum {string}
             */
            role: "leader" | "chair" | "speaker" | "attendee" | "guest";
            /** @description the title at the time of the meeting */
            title: unknown;
        };
        AttendeeCreateInput: {
            name: string;
            /** @default false */
            online: boolean;
            /** Format: uuid */
            orgId?: string | null;
            orgName?: string | null;
            /**
             * @default attendee
             * @enum {string}
             */
            role: "leader" | "chair" | "speaker" | "attendee" | "guest";
            /** @description the title at the time of the meeting */
            title?: string | null;
        };
        AttendeeInput: {
            id: string;
            meetingId: string;
            name: string;
            online: boolean;
            orgId: string | null;
            orgName: string | null;
            personId: string | null;
            /** @enum {string} */
            role: "leader" | "chair" | "speaker" | "attendee" | "guest";
            /** @enum {string} */
            source: "checkIn" | "reported" | "manual" | "import";
            title: string | null;
        };
        AuditActivity: {
            /** @description verb.entity, e.g. create, update, delete, login */
            action: string;
            actorId: string | null;
            actorName: string | null;
            after: unknown;
            at: string;
            before: unknown;
            entityId: string | null;
            /** @description title, case number or name of the record; null when none was recorded */
            entityLabel: string | null;
            entityType: string;
            id: string;
        };
        AuditActivityInput: {
            /** @description verb.entity, e.g. create, update, delete, login */
            action: string;
            actorId: string | null;
            actorName: string | null;
            after: unknown;
            at: string;
            before: unknown;
            entityId: string | null;
            /** @description title, case number or name of the record; null when none was recorded */
            entityLabel: string | null;
            entityType: string;
            id: string;
        };
        AuditEvent: {
            /** @description verb.entity, e.g. create, update, delete, login */
            action: string;
            actorId: string | null;
            actorName: string | null;
            after: unknown;
            at: string;
            before: unknown;
            entityId: string | null;
            entityType: string;
            id: string;
        };
        AuditEventInput: {
            /** @description verb.entity, e.g. create, update, delete, login */
            action: string;
            actorId: string | null;
            actorName: string | null;
            after: unknown;
            at: string;
            before: unknown;
            entityId: string | null;
            entityType: string;
            id: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEvent"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AuditPageInput: {
            items: components["schemas"]["AuditEventInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        Backup: {
            bytes: number;
            /** @description when it was taken (ISO instant) */
            createdAt: string;
            name: string;
            /** @description why the check failed */
            problem: string | null;
            /** @description rows in the backup; null when it was not checked */
            rows: number | null;
            tables: number | null;
            /** @description read back from disk and checked (row counts, audit chain); null: never checked */
            verified: boolean | null;
        };
        BackupInput: {
            bytes: number;
            /** @description when it was taken (ISO instant) */
            createdAt: string;
            name: string;
            /** @description why the check failed */
            problem: string | null;
            /** @description rows in the backup; null when it was not checked */
            rows: number | null;
            tables: number | null;
            /** @description read back from disk and checked (row counts, audit chain); null: never checked */
            verified: boolean | null;
        };
        BackupOverview: {
            backups: components["schemas"]["Backup"][];
            folder: string;
            /** @description the embedded database answers nothing else while a backup is written */
            pausesWork: boolean;
            /** @description a backup is being written now */
            running: boolean;
            schedule: {
                keepDaily: number;
                keepWeekly: number;
                /** @description the next scheduled backup (ISO instant) */
                next: string | null;
                /** @description daily time 'HH:MM' in Asia/Shanghai; null when scheduled backups are off */
                time: string | null;
            };
        };
        BackupOverviewInput: {
            backups: components["schemas"]["BackupInput"][];
            folder: string;
            /** @description the embedded database answers nothing else while a backup is written */
            pausesWork: boolean;
            /** @description a backup is being written now */
            running: boolean;
            schedule: {
                keepDaily: number;
                keepWeekly: number;
                /** @description the next scheduled backup (ISO instant) */
                next: string | null;
                /** @description daily time 'HH:MM' in Asia/Shanghai; null when scheduled backups are off */
                time: string | null;
            };
        };
        BonusCreate: {
            /**
             * Format: uuid
             * @description evidence: a file uploaded through POST /api/v1/platform/files
             */
            fileId: string;
            /** Format: uuid */
            orgId: string;
            points: number;
            reason: string;
        };
        BonusCreateInput: {
            /**
             * Format: uuid
             * @description evidence: a file uploaded through POST /api/v1/platform/files
             */
            fileId: string;
            /** Format: uuid */
            orgId: string;
            points: number;
            reason: string;
        };
        BonusItem: {
            createdAt: string;
            file: {
                id: string;
                name: string;
                size: number;
            };
            id: string;
            orgId: string;
            orgName: string;
            points: number;
            reason: string;
        };
        BonusItemInput: {
            createdAt: string;
            file: {
                id: string;
                name: string;
                size: number;
            };
            id: string;
            orgId: string;
            orgName: string;
            points: number;
            reason: string;
        };
        CalendarDay: {
            /** Format: date */
            date: string;
            name: string | null;
            work: boolean;
        };
        CalendarDayInput: {
            /** Format: date */
            date: string;
            name: string | null;
            work: boolean;
        };
        CalendarFeed: {
            active: boolean;
            createdAt: string | null;
            lastUsedAt: string | null;
            url: string | null;
        };
        CalendarFeedInput: {
            active: boolean;
            createdAt: string | null;
            lastUsedAt: string | null;
            url: string | null;
        };
        CalendarYear: {
            /** @description false: neither the built-in data nor this page holds the year, so only weekends are days off */
            covered: boolean;
            days: {
                date: string;
                name: string | null;
                nameEn: string | null;
                /**
                 * @description national: the built-in State Council arrangement; override: set on this page
                 * @enum {string}
                 */
                source: "national" | "override";
                work: boolean;
            }[];
            year: number;
        };
        CalendarYearInput: {
            /** @description false: neither the built-in data nor this page holds the year, so only weekends are days off */
            covered: boolean;
            days: {
                date: string;
                name: string | null;
                nameEn: string | null;
                /**
                 * @description national: the built-in State Council arrangement; override: set on this page
                 * @enum {string}
                 */
                source: "national" | "override";
                work: boolean;
            }[];
            year: number;
        };
        ChangePassword: {
            currentPassword: string;
            newPassword: string;
        };
        ChangePasswordInput: {
            currentPassword: string;
            newPassword: string;
        };
        CheckIn: {
            code: string;
        };
        CheckInInput: {
            code: string;
        };
        Claim: {
            appliedOn: string;
            bankName: string;
            /** Format: uuid */
            bankOrgId: string;
            caseStory: string | null;
            contractNo: string;
            deadlineOn: string;
            defaultConfirmedOn: string;
            eligibleFen: number;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            evidenceFileIds: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            loanId: string;
            lossFen: number;
            paidFen: number;
            /** Format: uuid */
            poolId: string;
            poolName: string;
            recoveredFen: number;
            recoveryEfforts: string;
            regionCode: string;
            reviewedByName: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            status: "submitted" | "queued" | "paid" | "rejected";
            typicalCase: boolean;
        };
        ClaimCreate: {
            /** Format: date */
            defaultConfirmedOn: string;
            /** @default [] */
            evidenceFileIds: string[];
            /** Format: uuid */
            loanId: string;
            lossFen: number;
            /** Format: uuid */
            poolId: string;
            recoveryEfforts: string;
        };
        ClaimCreateInput: {
            /** Format: date */
            defaultConfirmedOn: string;
            /** @default [] */
            evidenceFileIds: string[];
            /** Format: uuid */
            loanId: string;
            lossFen: number;
            /** Format: uuid */
            poolId: string;
            recoveryEfforts: string;
        };
        ClaimDetail: {
            appliedOn: string;
            bankName: string;
            /** Format: uuid */
            bankOrgId: string;
            canRecover: boolean;
            canReview: boolean;
            caseStory: string | null;
            contractNo: string;
            deadlineOn: string;
            defaultConfirmedOn: string;
            eligibleFen: number;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            evidence: {
                /** Format: uuid */
                id: string;
                name: string;
                size: number;
            }[];
            evidenceFileIds: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            loanId: string;
            lossFen: number;
            movements: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "payout" | "recovery";
                occurredOn: string;
                shares: {
                    amountFen: number;
                    /** Format: uuid */
                    orgId: string | null;
                    orgName: string | null;
                    /** @enum {string} */
                    role: "fund" | "bank" | "insurer" | "guarantor" | "appraiser";
                    shareBp: number;
                }[];
                totalFen: number;
            }[];
            paidFen: number;
            /** Format: uuid */
            poolId: string;
            poolName: string;
            recoveredFen: number;
            recoveryEfforts: string;
            regionCode: string;
            reviewedByName: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            status: "submitted" | "queued" | "paid" | "rejected";
            typicalCase: boolean;
        };
        ClaimDetailInput: {
            appliedOn: string;
            bankName: string;
            /** Format: uuid */
            bankOrgId: string;
            canRecover: boolean;
            canReview: boolean;
            caseStory: string | null;
            contractNo: string;
            deadlineOn: string;
            defaultConfirmedOn: string;
            eligibleFen: number;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            evidence: {
                /** Format: uuid */
                id: string;
                name: string;
                size: number;
            }[];
            evidenceFileIds: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            loanId: string;
            lossFen: number;
            movements: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "payout" | "recovery";
                occurredOn: string;
                shares: {
                    amountFen: number;
                    /** Format: uuid */
                    orgId: string | null;
                    orgName: string | null;
                    /** @enum {string} */
                    role: "fund" | "bank" | "insurer" | "guarantor" | "appraiser";
                    shareBp: number;
                }[];
                totalFen: number;
            }[];
            paidFen: number;
            /** Format: uuid */
            poolId: string;
            poolName: string;
            recoveredFen: number;
            recoveryEfforts: string;
            regionCode: string;
            reviewedByName: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            status: "submitted" | "queued" | "paid" | "rejected";
            typicalCase: boolean;
        };
        ClaimInput: {
            appliedOn: string;
            bankName: string;
            /** Format: uuid */
            bankOrgId: string;
            caseStory: string | null;
            contractNo: string;
            deadlineOn: string;
            defaultConfirmedOn: string;
            eligibleFen: number;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            evidenceFileIds: string[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            loanId: string;
            lossFen: number;
            paidFen: number;
            /** Format: uuid */
            poolId: string;
            poolName: string;
            recoveredFen: number;
            recoveryEfforts: string;
            regionCode: string;
            reviewedByName: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            status: "submitted" | "queued" | "paid" | "rejected";
            typicalCase: boolean;
        };
        ClaimPage: {
            items: components["schemas"]["Claim"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ClaimPageInput: {
            items: components["schemas"]["ClaimInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ClaimReview: {
            approve: boolean;
            note: unknown;
        };
        ClaimReviewInput: {
            approve: boolean;
            note?: string | null;
        };
        CommentCreate: {
            authorName: string;
            authorTitle: unknown;
            body: string;
        };
        CommentCreateInput: {
            authorName: string;
            authorTitle?: string | null;
            body: string;
        };
        Conference: {
            establishedOn: string | null;
            id: string;
            liaisonCount: number;
            memberCount: number;
            name: string;
            officeOrgId: string | null;
            officeOrgName: string | null;
            regionCode: string;
            regionName: string;
        };
        ConferenceHome: {
            counts: components["schemas"]["HomeCount"][];
            meetings: components["schemas"]["MeetingSummary"][];
        };
        ConferenceHomeInput: {
            counts: components["schemas"]["HomeCountInput"][];
            meetings: components["schemas"]["MeetingSummaryInput"][];
        };
        ConferenceInput: {
            establishedOn: string | null;
            id: string;
            liaisonCount: number;
            memberCount: number;
            name: string;
            officeOrgId: string | null;
            officeOrgName: string | null;
            regionCode: string;
            regionName: string;
        };
        ConferenceUpsert: {
            /** Format: date */
            establishedOn?: string | null;
            name: string;
            /** Format: uuid */
            officeOrgId?: string | null;
            regionCode: string;
        };
        ConferenceUpsertInput: {
            /** Format: date */
            establishedOn?: string | null;
            name: string;
            /** Format: uuid */
            officeOrgId?: string | null;
            regionCode: string;
        };
        CreditLine: {
            amountFen: number | null;
            applicationId: string;
            bankName: string;
            bankOrgId: string;
            batchId: string;
            enterpriseName: string;
            enterpriseOrgId: string;
            expiresOn: string | null;
            grantedOn: string | null;
            id: string;
            note: string | null;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            status: "interested" | "granted" | "declined";
            updatedAt: string;
        };
        CreditLineInput: {
            amountFen: number | null;
            applicationId: string;
            bankName: string;
            bankOrgId: string;
            batchId: string;
            enterpriseName: string;
            enterpriseOrgId: string;
            expiresOn: string | null;
            grantedOn: string | null;
            id: string;
            note: string | null;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            status: "interested" | "granted" | "declined";
            updatedAt: string;
        };
        CreditLinePage: {
            items: components["schemas"]["CreditLine"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CreditLinePageInput: {
            items: components["schemas"]["CreditLineInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CreditLineUpdate: {
            amountFen?: number | null;
            /** Format: date */
            expiresOn?: string | null;
            /** Format: date */
            grantedOn?: string | null;
            note: unknown;
            /** @enum {string} */
            status: "interested" | "granted" | "declined";
        };
        CreditLineUpdateInput: {
            amountFen?: number | null;
            /** Format: date */
            expiresOn?: string | null;
            /** Format: date */
            grantedOn?: string | null;
            note?: string | null;
            /** @enum {string} */
            status: "interested" | "granted" | "declined";
        };
        DocumentCreate: {
            /** @enum {string} */
            kind: "whitePaper" | "topTen" | "typicalCases" | "report" | "policy" | "video" | "other";
            title: string;
        };
        DocumentCreateInput: {
            /** @enum {string} */
            kind: "whitePaper" | "topTen" | "typicalCases" | "report" | "policy" | "video" | "other";
            title: string;
        };
        EnforcementAgencyDirectory: {
            id: string;
            name: string;
            regionCode: string;
        }[];
        EnforcementAgencyDirectoryInput: {
            id: string;
            name: string;
            regionCode: string;
        }[];
        EnforcementAssistAction: {
            /** @enum {string} */
            action: "accept";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "answer";
            answer: string;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @enum {string} */
            outcome: "done" | "partly" | "unable";
        };
        EnforcementAssistActionInput: {
            /** @enum {string} */
            action: "accept";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "answer";
            answer: string;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @enum {string} */
            outcome: "done" | "partly" | "unable";
        };
        EnforcementAssistCreate: {
            detail: string;
            /** @enum {string} */
            kind: "investigate" | "serve" | "evidence";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            sentOn?: string;
            subject: string;
            /** Format: uuid */
            toOrgId: string;
        };
        EnforcementAssistCreateInput: {
            detail: string;
            /** @enum {string} */
            kind: "investigate" | "serve" | "evidence";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            sentOn?: string;
            subject: string;
            /** Format: uuid */
            toOrgId: string;
        };
        EnforcementAssistPage: {
            items: components["schemas"]["EnforcementAssistRequest"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementAssistPageInput: {
            items: components["schemas"]["EnforcementAssistRequestInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementAssistRequest: {
            acceptedOn: string | null;
            actions: ("accept" | "answer")[];
            answer: string | null;
            answeredOn: string | null;
            body: {
                id: string;
                name: string;
            };
            detail: string;
            dueOn: string;
            from: {
                id: string;
                name: string;
            };
            fromRegion: string;
            id: string;
            /** @enum {string} */
            kind: "investigate" | "serve" | "evidence";
            limit: components["schemas"]["EnforcementLimit"];
            /** @enum {string|null} */
            outcome: "done" | "partly" | "unable" | null;
            overdue: boolean;
            sentOn: string;
            /** @enum {string} */
            state: "sent" | "accepted" | "answered";
            subject: string;
            to: {
                id: string;
                name: string;
            };
            toRegion: string;
        };
        EnforcementAssistRequestInput: {
            acceptedOn: string | null;
            actions: ("accept" | "answer")[];
            answer: string | null;
            answeredOn: string | null;
            body: {
                id: string;
                name: string;
            };
            detail: string;
            dueOn: string;
            from: {
                id: string;
                name: string;
            };
            fromRegion: string;
            id: string;
            /** @enum {string} */
            kind: "investigate" | "serve" | "evidence";
            limit: components["schemas"]["EnforcementLimitInput"];
            /** @enum {string|null} */
            outcome: "done" | "partly" | "unable" | null;
            overdue: boolean;
            sentOn: string;
            /** @enum {string} */
            state: "sent" | "accepted" | "answered";
            subject: string;
            to: {
                id: string;
                name: string;
            };
            toRegion: string;
        };
        EnforcementCaseAction: {
            /** @enum {string} */
            action: "extendOpening";
            /** @description who approved the extension and the approval’s reference (required: an extension needs the head’s approval) */
            approval: unknown;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "open";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "notOpen";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            reason: string;
        } | {
            /** @enum {string} */
            action: "extendDecision";
            /** @description who approved the extension and the approval’s reference (required: an extension needs the head’s approval) */
            approval: unknown;
            days: number;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "hearingNotice";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "hearingRequested";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "decide";
            /**
             * @description illegal gains confiscated, in fen
             * @default 0
             */
            confiscatedFen: number;
            confiscatedGoods: unknown;
            /** @enum {string} */
            decision: "penalty" | "noPenalty";
            decisionNo: string;
            /** @default 0 */
            fineFen: number;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "serve";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "publish";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "remedy";
            /** @enum {string} */
            remedy: "review" | "lawsuit";
        } | {
            /** @enum {string} */
            action: "close";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @enum {string} */
            outcome: "performed" | "enforced" | "revoked" | "noPenalty";
        } | {
            /** @enum {string} */
            action: "typicalCandidate";
            value: boolean;
        };
        EnforcementCaseActionInput: {
            /** @enum {string} */
            action: "extendOpening";
            /** @description who approved the extension and the approval’s reference (required: an extension needs the head’s approval) */
            approval?: string | null;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "open";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "notOpen";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            reason: string;
        } | {
            /** @enum {string} */
            action: "extendDecision";
            /** @description who approved the extension and the approval’s reference (required: an extension needs the head’s approval) */
            approval?: string | null;
            days: number;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "hearingNotice";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "hearingRequested";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "decide";
            /**
             * @description illegal gains confiscated, in fen
             * @default 0
             */
            confiscatedFen: number;
            confiscatedGoods?: string | null;
            /** @enum {string} */
            decision: "penalty" | "noPenalty";
            decisionNo: string;
            /** @default 0 */
            fineFen: number;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "serve";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "publish";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "remedy";
            /** @enum {string} */
            remedy: "review" | "lawsuit";
        } | {
            /** @enum {string} */
            action: "close";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @enum {string} */
            outcome: "performed" | "enforced" | "revoked" | "noPenalty";
        } | {
            /** @enum {string} */
            action: "typicalCandidate";
            value: boolean;
        };
        EnforcementCaseCreate: {
            complainant: unknown;
            partyCreditCode: unknown;
            partyName: string;
            /**
             * Format: uuid
             * @description the party’s own organisation, when it has an account: it then sees its case
             */
            partyOrgId?: string | null;
            /**
             * Format: date
             * @description the day the complaint or lead was received: the opening clock starts here
             */
            receivedOn: string;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "tradeSecret" | "gi" | "other";
            /** @enum {string} */
            source: "complaint" | "inspection" | "customs" | "agency" | "superior";
            summary: string;
        };
        EnforcementCaseCreateInput: {
            complainant?: string | null;
            partyCreditCode?: string | null;
            partyName: string;
            /**
             * Format: uuid
             * @description the party’s own organisation, when it has an account: it then sees its case
             */
            partyOrgId?: string | null;
            /**
             * Format: date
             * @description the day the complaint or lead was received: the opening clock starts here
             */
            receivedOn: string;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "tradeSecret" | "gi" | "other";
            /** @enum {string} */
            source: "complaint" | "inspection" | "customs" | "agency" | "superior";
            summary: string;
        };
        EnforcementCaseDetail: {
            /** @description the actions the caller may take now */
            actions: ("extendOpening" | "open" | "notOpen" | "extendDecision" | "hearingNotice" | "hearingRequested" | "decide" | "serve" | "publish" | "remedy" | "close" | "typicalCandidate")[];
            caseNo: string;
            closedOn: string | null;
            /** @enum {string|null} */
            closedOutcome: "performed" | "enforced" | "revoked" | "noPenalty" | null;
            complainant: string | null;
            confiscatedFen: number | null;
            confiscatedGoods: string | null;
            decidedOn: string | null;
            decideExtensionApproval: string | null;
            decideExtensionDays: number;
            /** @enum {string|null} */
            decision: "penalty" | "noPenalty" | null;
            decisionNo: string | null;
            fineFen: number | null;
            hearingNotifiedOn: string | null;
            hearingRequested: boolean;
            id: string;
            limits: components["schemas"]["EnforcementLimit"][];
            measures: {
                extensionApproval: string | null;
                extensionDays: number;
                goods: string;
                id: string;
                /** @enum {string} */
                kind: "seizure" | "sealing";
                liftedOn: string | null;
                limit: components["schemas"]["EnforcementLimit"];
                startedOn: string;
            }[];
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            /** @description the most urgent open time limit */
            nextDueOn: string | null;
            notOpenedReason: string | null;
            openedOn: string | null;
            openExtensionApproval: string | null;
            org: {
                id: string;
                name: string;
            };
            overdue: boolean;
            partyCreditCode: string | null;
            partyName: string;
            partyOrgId: string | null;
            publishedOn: string | null;
            receivedOn: string;
            regionCode: string;
            /** @enum {string|null} */
            remedy: "review" | "lawsuit" | null;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "tradeSecret" | "gi" | "other";
            servedOn: string | null;
            /** @enum {string} */
            source: "complaint" | "inspection" | "customs" | "agency" | "superior";
            /** @enum {string} */
            status: "received" | "notOpened" | "investigating" | "hearingNotice" | "decided" | "served" | "closed" | "transferred";
            summary: string;
            transferIds: string[];
            typicalCandidate: boolean;
        };
        EnforcementCaseDetailInput: {
            /** @description the actions the caller may take now */
            actions: ("extendOpening" | "open" | "notOpen" | "extendDecision" | "hearingNotice" | "hearingRequested" | "decide" | "serve" | "publish" | "remedy" | "close" | "typicalCandidate")[];
            caseNo: string;
            closedOn: string | null;
            /** @enum {string|null} */
            closedOutcome: "performed" | "enforced" | "revoked" | "noPenalty" | null;
            complainant: string | null;
            confiscatedFen: number | null;
            confiscatedGoods: string | null;
            decidedOn: string | null;
            decideExtensionApproval: string | null;
            decideExtensionDays: number;
            /** @enum {string|null} */
            decision: "penalty" | "noPenalty" | null;
            decisionNo: string | null;
            fineFen: number | null;
            hearingNotifiedOn: string | null;
            hearingRequested: boolean;
            id: string;
            limits: components["schemas"]["EnforcementLimitInput"][];
            measures: {
                extensionApproval: string | null;
                extensionDays: number;
                goods: string;
                id: string;
                /** @enum {string} */
                kind: "seizure" | "sealing";
                liftedOn: string | null;
                limit: components["schemas"]["EnforcementLimitInput"];
                startedOn: string;
            }[];
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            /** @description the most urgent open time limit */
            nextDueOn: string | null;
            notOpenedReason: string | null;
            openedOn: string | null;
            openExtensionApproval: string | null;
            org: {
                id: string;
                name: string;
            };
            overdue: boolean;
            partyCreditCode: string | null;
            partyName: string;
            partyOrgId: string | null;
            publishedOn: string | null;
            receivedOn: string;
            regionCode: string;
            /** @enum {string|null} */
            remedy: "review" | "lawsuit" | null;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "tradeSecret" | "gi" | "other";
            servedOn: string | null;
            /** @enum {string} */
            source: "complaint" | "inspection" | "customs" | "agency" | "superior";
            /** @enum {string} */
            status: "received" | "notOpened" | "investigating" | "hearingNotice" | "decided" | "served" | "closed" | "transferred";
            summary: string;
            transferIds: string[];
            typicalCandidate: boolean;
        };
        EnforcementCaseListItem: {
            caseNo: string;
            decidedOn: string | null;
            fineFen: number | null;
            id: string;
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            /** @description the most urgent open time limit */
            nextDueOn: string | null;
            openedOn: string | null;
            org: {
                id: string;
                name: string;
            };
            overdue: boolean;
            partyName: string;
            receivedOn: string;
            regionCode: string;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "tradeSecret" | "gi" | "other";
            /** @enum {string} */
            source: "complaint" | "inspection" | "customs" | "agency" | "superior";
            /** @enum {string} */
            status: "received" | "notOpened" | "investigating" | "hearingNotice" | "decided" | "served" | "closed" | "transferred";
            typicalCandidate: boolean;
        };
        EnforcementCaseListItemInput: {
            caseNo: string;
            decidedOn: string | null;
            fineFen: number | null;
            id: string;
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            /** @description the most urgent open time limit */
            nextDueOn: string | null;
            openedOn: string | null;
            org: {
                id: string;
                name: string;
            };
            overdue: boolean;
            partyName: string;
            receivedOn: string;
            regionCode: string;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "tradeSecret" | "gi" | "other";
            /** @enum {string} */
            source: "complaint" | "inspection" | "customs" | "agency" | "superior";
            /** @enum {string} */
            status: "received" | "notOpened" | "investigating" | "hearingNotice" | "decided" | "served" | "closed" | "transferred";
            typicalCandidate: boolean;
        };
        EnforcementCasePage: {
            items: components["schemas"]["EnforcementCaseListItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementCasePageInput: {
            items: components["schemas"]["EnforcementCaseListItemInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementClue: {
            acknowledgedOn: string | null;
            actions: ("acknowledge" | "answer")[];
            answer: string | null;
            answeredOn: string | null;
            body: string;
            /** @description the evidence files with their names */
            evidence: {
                id: string;
                name: string;
            }[];
            evidenceFileIds: string[];
            from: {
                id: string;
                name: string;
            };
            id: string;
            limits: components["schemas"]["EnforcementLimit"][];
            overdue: boolean;
            passedOn: string;
            regionCode: string;
            /** @enum {string} */
            state: "waiting" | "acknowledged" | "answered";
            title: string;
            to: {
                id: string;
                name: string;
            };
        };
        EnforcementClueAction: {
            /** @enum {string} */
            action: "acknowledge";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "answer";
            answer: string;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        };
        EnforcementClueActionInput: {
            /** @enum {string} */
            action: "acknowledge";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "answer";
            answer: string;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        };
        EnforcementClueCreate: {
            body: string;
            /** @default [] */
            evidenceFileIds: string[];
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            passedOn?: string;
            title: string;
            /** Format: uuid */
            toOrgId: string;
        };
        EnforcementClueCreateInput: {
            body: string;
            /** @default [] */
            evidenceFileIds: string[];
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            passedOn?: string;
            title: string;
            /** Format: uuid */
            toOrgId: string;
        };
        EnforcementClueInput: {
            acknowledgedOn: string | null;
            actions: ("acknowledge" | "answer")[];
            answer: string | null;
            answeredOn: string | null;
            body: string;
            /** @description the evidence files with their names */
            evidence: {
                id: string;
                name: string;
            }[];
            evidenceFileIds: string[];
            from: {
                id: string;
                name: string;
            };
            id: string;
            limits: components["schemas"]["EnforcementLimitInput"][];
            overdue: boolean;
            passedOn: string;
            regionCode: string;
            /** @enum {string} */
            state: "waiting" | "acknowledged" | "answered";
            title: string;
            to: {
                id: string;
                name: string;
            };
        };
        EnforcementCluePage: {
            items: components["schemas"]["EnforcementClue"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementCluePageInput: {
            items: components["schemas"]["EnforcementClueInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementComplianceAction: {
            /** @enum {string} */
            action: "submitPlan";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            summary: string;
            title: string;
        } | {
            /** @enum {string} */
            action: "approvePlan";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "extendTerm";
            /** @description the procuratorate’s approval of the extension (required) */
            approval: unknown;
            months: number;
        } | {
            /** @enum {string} */
            action: "evaluate";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @enum {string} */
            result: "passed" | "failed";
            summary: string;
        } | {
            /** @enum {string} */
            action: "send";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        };
        EnforcementComplianceActionInput: {
            /** @enum {string} */
            action: "submitPlan";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            summary: string;
            title: string;
        } | {
            /** @enum {string} */
            action: "approvePlan";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "extendTerm";
            /** @description the procuratorate’s approval of the extension (required) */
            approval?: string | null;
            months: number;
        } | {
            /** @enum {string} */
            action: "evaluate";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @enum {string} */
            result: "passed" | "failed";
            summary: string;
        } | {
            /** @enum {string} */
            action: "send";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        };
        EnforcementComplianceCreate: {
            caseRef: string;
            enterpriseCreditCode: unknown;
            enterpriseName: string;
            /**
             * Format: uuid
             * @description the enterprise’s own organisation, when it has an account
             */
            enterpriseOrgId?: string | null;
            /**
             * Format: uuid
             * @description the IP office or bureau that sits on the supervision team (the memorandum’s other party)
             */
            officeOrgId: string;
            /**
             * Format: date
             * @description the day the procuratorate started the procedure: the plan clock starts here
             */
            startedOn: string;
            summary: string;
            team: {
                /** @default false */
                leader: boolean;
                name: string;
                /**
                 * Format: uuid
                 * @description the member’s organisation on the platform, when it has one: it then follows the procedure
                 */
                orgId?: string | null;
                unit: string;
            }[];
        };
        EnforcementComplianceCreateInput: {
            caseRef: string;
            enterpriseCreditCode?: string | null;
            enterpriseName: string;
            /**
             * Format: uuid
             * @description the enterprise’s own organisation, when it has an account
             */
            enterpriseOrgId?: string | null;
            /**
             * Format: uuid
             * @description the IP office or bureau that sits on the supervision team (the memorandum’s other party)
             */
            officeOrgId: string;
            /**
             * Format: date
             * @description the day the procuratorate started the procedure: the plan clock starts here
             */
            startedOn: string;
            summary: string;
            team: {
                /** @default false */
                leader: boolean;
                name: string;
                /**
                 * Format: uuid
                 * @description the member’s organisation on the platform, when it has one: it then follows the procedure
                 */
                orgId?: string | null;
                unit: string;
            }[];
        };
        EnforcementComplianceDetail: {
            /** @description what the caller may do now */
            actions: ("submitPlan" | "approvePlan" | "extendTerm" | "schedule" | "evaluate" | "send")[];
            caseRef: string;
            enterpriseCreditCode: string | null;
            enterpriseName: string;
            enterpriseOrgId: string | null;
            evaluatedOn: string | null;
            /** @enum {string|null} */
            evaluationResult: "passed" | "failed" | null;
            evaluationSummary: string | null;
            id: string;
            inspections: {
                doneOn: string | null;
                findings: string | null;
                focus: string;
                id: string;
                /** @description planned day passed without findings */
                overdue: boolean;
                plannedOn: string;
                /** @enum {string|null} */
                rating: "effective" | "needsWork" | null;
            }[];
            inspectionsDone: number;
            inspectionsPlanned: number;
            limits: components["schemas"]["EnforcementLimit"][];
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            nextDueOn: string | null;
            office: {
                id: string;
                name: string;
            };
            overdue: boolean;
            planApprovedOn: string | null;
            planSubmittedOn: string | null;
            planSummary: string | null;
            planTitle: string | null;
            procuratorate: {
                id: string;
                name: string;
            };
            regionCode: string;
            sentOn: string | null;
            startedOn: string;
            /** @enum {string} */
            status: "planPending" | "inspecting" | "evaluated" | "sent";
            summary: string;
            team: {
                id: string;
                leader: boolean;
                name: string;
                orgId: string | null;
                unit: string;
            }[];
            termEndsOn: string | null;
            termExtensionApproval: string | null;
            termExtensionMonths: number;
        };
        EnforcementComplianceDetailInput: {
            /** @description what the caller may do now */
            actions: ("submitPlan" | "approvePlan" | "extendTerm" | "schedule" | "evaluate" | "send")[];
            caseRef: string;
            enterpriseCreditCode: string | null;
            enterpriseName: string;
            enterpriseOrgId: string | null;
            evaluatedOn: string | null;
            /** @enum {string|null} */
            evaluationResult: "passed" | "failed" | null;
            evaluationSummary: string | null;
            id: string;
            inspections: {
                doneOn: string | null;
                findings: string | null;
                focus: string;
                id: string;
                /** @description planned day passed without findings */
                overdue: boolean;
                plannedOn: string;
                /** @enum {string|null} */
                rating: "effective" | "needsWork" | null;
            }[];
            inspectionsDone: number;
            inspectionsPlanned: number;
            limits: components["schemas"]["EnforcementLimitInput"][];
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            nextDueOn: string | null;
            office: {
                id: string;
                name: string;
            };
            overdue: boolean;
            planApprovedOn: string | null;
            planSubmittedOn: string | null;
            planSummary: string | null;
            planTitle: string | null;
            procuratorate: {
                id: string;
                name: string;
            };
            regionCode: string;
            sentOn: string | null;
            startedOn: string;
            /** @enum {string} */
            status: "planPending" | "inspecting" | "evaluated" | "sent";
            summary: string;
            team: {
                id: string;
                leader: boolean;
                name: string;
                orgId: string | null;
                unit: string;
            }[];
            termEndsOn: string | null;
            termExtensionApproval: string | null;
            termExtensionMonths: number;
        };
        EnforcementComplianceListItem: {
            caseRef: string;
            enterpriseName: string;
            /** @enum {string|null} */
            evaluationResult: "passed" | "failed" | null;
            id: string;
            inspectionsDone: number;
            inspectionsPlanned: number;
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            nextDueOn: string | null;
            office: {
                id: string;
                name: string;
            };
            overdue: boolean;
            procuratorate: {
                id: string;
                name: string;
            };
            regionCode: string;
            startedOn: string;
            /** @enum {string} */
            status: "planPending" | "inspecting" | "evaluated" | "sent";
            termEndsOn: string | null;
        };
        EnforcementComplianceListItemInput: {
            caseRef: string;
            enterpriseName: string;
            /** @enum {string|null} */
            evaluationResult: "passed" | "failed" | null;
            id: string;
            inspectionsDone: number;
            inspectionsPlanned: number;
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            nextDueOn: string | null;
            office: {
                id: string;
                name: string;
            };
            overdue: boolean;
            procuratorate: {
                id: string;
                name: string;
            };
            regionCode: string;
            startedOn: string;
            /** @enum {string} */
            status: "planPending" | "inspecting" | "evaluated" | "sent";
            termEndsOn: string | null;
        };
        EnforcementCompliancePage: {
            items: components["schemas"]["EnforcementComplianceListItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementCompliancePageInput: {
            items: components["schemas"]["EnforcementComplianceListItemInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementCoopBodyCreate: {
            /** Format: date */
            agreementSignedOn: string;
            agreementSummary: unknown;
            agreementTitle: string;
            /** @enum {string} */
            area: "chuanyu" | "huaihai" | "yangtze" | "shenzhenHk" | "other";
            /**
             * @description deadlines the agreement sets, by kind of request; the platform defaults apply to the others
             * @default []
             */
            limits: {
                citation: string;
                /** @enum {string} */
                kind: "investigate" | "serve" | "evidence";
                length: number;
                /** @enum {string} */
                unit: "workingDays" | "calendarDays";
            }[];
            members: {
                /** Format: date */
                joinedOn: string;
                /** Format: uuid */
                orgId: string;
            }[];
            name: string;
        };
        EnforcementCoopBodyCreateInput: {
            /** Format: date */
            agreementSignedOn: string;
            agreementSummary?: string | null;
            agreementTitle: string;
            /** @enum {string} */
            area: "chuanyu" | "huaihai" | "yangtze" | "shenzhenHk" | "other";
            /**
             * @description deadlines the agreement sets, by kind of request; the platform defaults apply to the others
             * @default []
             */
            limits: {
                citation: string;
                /** @enum {string} */
                kind: "investigate" | "serve" | "evidence";
                length: number;
                /** @enum {string} */
                unit: "workingDays" | "calendarDays";
            }[];
            members: {
                /** Format: date */
                joinedOn: string;
                /** Format: uuid */
                orgId: string;
            }[];
            name: string;
        };
        EnforcementCoopBodyDetail: {
            agreementSignedOn: string;
            agreementSummary: string | null;
            agreementTitle: string;
            /** @enum {string} */
            area: "chuanyu" | "huaihai" | "yangtze" | "shenzhenHk" | "other";
            canManage: boolean;
            /** @description the caller acts for a member office */
            canRequest: boolean;
            createdBy: {
                id: string;
                name: string;
            };
            /** @description joint figures: each member’s requests sent, received and answered */
            figures: {
                answered: number;
                answeredInTime: number;
                /** @description calendar days from sending to answer, over answered requests */
                averageDays: number | null;
                open: number;
                org: {
                    id: string;
                    name: string;
                };
                overdue: number;
                received: number;
                regionCode: string;
                sent: number;
            }[];
            id: string;
            limits: {
                citation: string;
                fromAgreement: boolean;
                /** @enum {string} */
                kind: "investigate" | "serve" | "evidence";
                length: number;
                /** @enum {string} */
                unit: "workingDays" | "calendarDays";
            }[];
            memberCount: number;
            members: {
                joinedOn: string;
                org: {
                    id: string;
                    name: string;
                };
                regionCode: string;
            }[];
            name: string;
            openRequests: number;
            requestCount: number;
        };
        EnforcementCoopBodyDetailInput: {
            agreementSignedOn: string;
            agreementSummary: string | null;
            agreementTitle: string;
            /** @enum {string} */
            area: "chuanyu" | "huaihai" | "yangtze" | "shenzhenHk" | "other";
            canManage: boolean;
            /** @description the caller acts for a member office */
            canRequest: boolean;
            createdBy: {
                id: string;
                name: string;
            };
            /** @description joint figures: each member’s requests sent, received and answered */
            figures: {
                answered: number;
                answeredInTime: number;
                /** @description calendar days from sending to answer, over answered requests */
                averageDays: number | null;
                open: number;
                org: {
                    id: string;
                    name: string;
                };
                overdue: number;
                received: number;
                regionCode: string;
                sent: number;
            }[];
            id: string;
            limits: {
                citation: string;
                fromAgreement: boolean;
                /** @enum {string} */
                kind: "investigate" | "serve" | "evidence";
                length: number;
                /** @enum {string} */
                unit: "workingDays" | "calendarDays";
            }[];
            memberCount: number;
            members: {
                joinedOn: string;
                org: {
                    id: string;
                    name: string;
                };
                regionCode: string;
            }[];
            name: string;
            openRequests: number;
            requestCount: number;
        };
        EnforcementCoopBodyListItem: {
            agreementSignedOn: string;
            agreementTitle: string;
            /** @enum {string} */
            area: "chuanyu" | "huaihai" | "yangtze" | "shenzhenHk" | "other";
            id: string;
            memberCount: number;
            name: string;
            openRequests: number;
            requestCount: number;
        };
        EnforcementCoopBodyListItemInput: {
            agreementSignedOn: string;
            agreementTitle: string;
            /** @enum {string} */
            area: "chuanyu" | "huaihai" | "yangtze" | "shenzhenHk" | "other";
            id: string;
            memberCount: number;
            name: string;
            openRequests: number;
            requestCount: number;
        };
        EnforcementCoopBodyPage: {
            items: components["schemas"]["EnforcementCoopBodyListItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementCoopBodyPageInput: {
            items: components["schemas"]["EnforcementCoopBodyListItemInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementCoopMemberAdd: {
            /** Format: date */
            joinedOn: string;
            /** Format: uuid */
            orgId: string;
        };
        EnforcementCoopMemberAddInput: {
            /** Format: date */
            joinedOn: string;
            /** Format: uuid */
            orgId: string;
        };
        EnforcementDetention: {
            actions: ("apply" | "lapse" | "courtOrder" | "confiscate" | "release")[];
            appliedOn: string | null;
            bondFen: number | null;
            customs: {
                id: string;
                name: string;
            };
            declaredValueFen: number;
            detainedOn: string | null;
            goods: string;
            holder: {
                id: string;
                name: string;
            };
            id: string;
            /** @enum {string} */
            kind: "onApplication" | "exOfficio";
            limits: components["schemas"]["EnforcementLimit"][];
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            notifiedOn: string | null;
            outcomeOn: string | null;
            overdue: boolean;
            quantity: number;
            recordalId: string | null;
            regionCode: string;
            /** @enum {string} */
            status: "notified" | "detained" | "notDetained" | "released" | "courtOrder" | "confiscated";
        };
        EnforcementDetentionAction: {
            /** @enum {string} */
            action: "apply";
            bondFen: number;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "lapse";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "courtOrder";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "confiscate";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "release";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        };
        EnforcementDetentionActionInput: {
            /** @enum {string} */
            action: "apply";
            bondFen: number;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "lapse";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "courtOrder";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "confiscate";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "release";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        };
        EnforcementDetentionCreate: {
            /** @description the bond posted with an application */
            bondFen?: number | null;
            declaredValueFen: number;
            goods: string;
            /** Format: uuid */
            holderOrgId: string;
            /** @enum {string} */
            kind: "onApplication" | "exOfficio";
            /**
             * Format: date
             * @description exOfficio: the day the holder was notified; onApplication: the day of application and detention
             */
            on: string;
            quantity: number;
            /** Format: uuid */
            recordalId?: string | null;
        };
        EnforcementDetentionCreateInput: {
            /** @description the bond posted with an application */
            bondFen?: number | null;
            declaredValueFen: number;
            goods: string;
            /** Format: uuid */
            holderOrgId: string;
            /** @enum {string} */
            kind: "onApplication" | "exOfficio";
            /**
             * Format: date
             * @description exOfficio: the day the holder was notified; onApplication: the day of application and detention
             */
            on: string;
            quantity: number;
            /** Format: uuid */
            recordalId?: string | null;
        };
        EnforcementDetentionInput: {
            actions: ("apply" | "lapse" | "courtOrder" | "confiscate" | "release")[];
            appliedOn: string | null;
            bondFen: number | null;
            customs: {
                id: string;
                name: string;
            };
            declaredValueFen: number;
            detainedOn: string | null;
            goods: string;
            holder: {
                id: string;
                name: string;
            };
            id: string;
            /** @enum {string} */
            kind: "onApplication" | "exOfficio";
            limits: components["schemas"]["EnforcementLimitInput"][];
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            notifiedOn: string | null;
            outcomeOn: string | null;
            overdue: boolean;
            quantity: number;
            recordalId: string | null;
            regionCode: string;
            /** @enum {string} */
            status: "notified" | "detained" | "notDetained" | "released" | "courtOrder" | "confiscated";
        };
        EnforcementDetentionPage: {
            items: components["schemas"]["EnforcementDetention"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementDetentionPageInput: {
            items: components["schemas"]["EnforcementDetentionInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementHome: {
            /** @description each count equals the total of the list its query opens */
            counts: components["schemas"]["HomeCount"][];
            /** @enum {string} */
            view: "officer" | "police" | "procuratorate" | "customs" | "office" | "party" | "member" | "none";
        };
        EnforcementHomeInput: {
            /** @description each count equals the total of the list its query opens */
            counts: components["schemas"]["HomeCountInput"][];
            /** @enum {string} */
            view: "officer" | "police" | "procuratorate" | "customs" | "office" | "party" | "member" | "none";
        };
        EnforcementInspectionCreate: {
            focus: string;
            /** Format: date */
            plannedOn: string;
        };
        EnforcementInspectionCreateInput: {
            focus: string;
            /** Format: date */
            plannedOn: string;
        };
        EnforcementInspectionRecord: {
            /** Format: date */
            doneOn: string;
            findings: string;
            /** @enum {string} */
            rating: "effective" | "needsWork";
        };
        EnforcementInspectionRecordInput: {
            /** Format: date */
            doneOn: string;
            findings: string;
            /** @enum {string} */
            rating: "effective" | "needsWork";
        };
        EnforcementLimit: {
            /** @enum {string} */
            actor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            citation: string;
            /** @enum {string} */
            code: "caseOpen" | "caseDecide" | "measure" | "hearingRequest" | "decisionServe" | "decisionPublish" | "transferApprove" | "policeDecide" | "reconsiderRequest" | "reconsiderDecide" | "clueAcknowledge" | "clueAnswer" | "customsApply" | "detentionOnApplication" | "detentionExOfficio" | "recordalValid" | "compliancePlan" | "complianceTerm" | "complianceReport" | "assistInvestigate" | "assistServe" | "assistEvidence";
            dueOn: string;
            /** @description e.g. "15 个工作日 + 延长 15 个工作日" */
            length: string;
            lengthEn: string;
            metOn: string | null;
            startedOn: string;
            /** @enum {string} */
            state: "running" | "met" | "late" | "overdue";
        };
        EnforcementLimitInput: {
            /** @enum {string} */
            actor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            citation: string;
            /** @enum {string} */
            code: "caseOpen" | "caseDecide" | "measure" | "hearingRequest" | "decisionServe" | "decisionPublish" | "transferApprove" | "policeDecide" | "reconsiderRequest" | "reconsiderDecide" | "clueAcknowledge" | "clueAnswer" | "customsApply" | "detentionOnApplication" | "detentionExOfficio" | "recordalValid" | "compliancePlan" | "complianceTerm" | "complianceReport" | "assistInvestigate" | "assistServe" | "assistEvidence";
            dueOn: string;
            /** @description e.g. "15 个工作日 + 延长 15 个工作日" */
            length: string;
            lengthEn: string;
            metOn: string | null;
            startedOn: string;
            /** @enum {string} */
            state: "running" | "met" | "late" | "overdue";
        };
        EnforcementMeasureAction: {
            /** @enum {string} */
            action: "extend";
            /** @description who approved the extension and the approval’s reference (required: an extension needs the head’s approval) */
            approval: unknown;
            days: number;
        } | {
            /** @enum {string} */
            action: "lift";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        };
        EnforcementMeasureActionInput: {
            /** @enum {string} */
            action: "extend";
            /** @description who approved the extension and the approval’s reference (required: an extension needs the head’s approval) */
            approval?: string | null;
            days: number;
        } | {
            /** @enum {string} */
            action: "lift";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        };
        EnforcementMeasureCreate: {
            goods: string;
            /** @enum {string} */
            kind: "seizure" | "sealing";
            /** Format: date */
            startedOn: string;
        };
        EnforcementMeasureCreateInput: {
            goods: string;
            /** @enum {string} */
            kind: "seizure" | "sealing";
            /** Format: date */
            startedOn: string;
        };
        EnforcementRecordal: {
            approvedOn: string;
            expiresOn: string;
            holder: {
                id: string;
                name: string;
            };
            id: string;
            recordalNo: string;
            renewals: number;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "copyright" | "other";
            rightName: string;
            rightNo: string;
            valid: boolean;
        };
        EnforcementRecordalCreate: {
            /**
             * Format: date
             * @description the day the General Administration of Customs approved the recordal: valid ten years from then
             */
            approvedOn: string;
            /** Format: uuid */
            holderOrgId: string;
            recordalNo: string;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "copyright" | "other";
            rightName: string;
            rightNo: string;
        };
        EnforcementRecordalCreateInput: {
            /**
             * Format: date
             * @description the day the General Administration of Customs approved the recordal: valid ten years from then
             */
            approvedOn: string;
            /** Format: uuid */
            holderOrgId: string;
            recordalNo: string;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "copyright" | "other";
            rightName: string;
            rightNo: string;
        };
        EnforcementRecordalInput: {
            approvedOn: string;
            expiresOn: string;
            holder: {
                id: string;
                name: string;
            };
            id: string;
            recordalNo: string;
            renewals: number;
            /** @enum {string} */
            rightKind: "patent" | "trademark" | "copyright" | "other";
            rightName: string;
            rightNo: string;
            valid: boolean;
        };
        EnforcementRecordalPage: {
            items: components["schemas"]["EnforcementRecordal"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementRecordalPageInput: {
            items: components["schemas"]["EnforcementRecordalInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementRule: {
            citation: string;
            /** @enum {string} */
            code: "caseOpen" | "caseDecide" | "measure" | "hearingRequest" | "decisionServe" | "decisionPublish" | "transferApprove" | "policeDecide" | "reconsiderRequest" | "reconsiderDecide" | "clueAcknowledge" | "clueAnswer" | "customsApply" | "detentionOnApplication" | "detentionExOfficio" | "recordalValid" | "compliancePlan" | "complianceTerm" | "complianceReport" | "assistInvestigate" | "assistServe" | "assistEvidence";
            extensionLength: number | null;
            id: string;
            length: number;
            regionName: string;
            /** @description empty: the national default */
            regionPrefix: string;
            /** @enum {string} */
            unit: "calendarDays" | "workingDays" | "months";
            updatedAt: string;
        };
        EnforcementRuleInput: {
            citation: string;
            /** @enum {string} */
            code: "caseOpen" | "caseDecide" | "measure" | "hearingRequest" | "decisionServe" | "decisionPublish" | "transferApprove" | "policeDecide" | "reconsiderRequest" | "reconsiderDecide" | "clueAcknowledge" | "clueAnswer" | "customsApply" | "detentionOnApplication" | "detentionExOfficio" | "recordalValid" | "compliancePlan" | "complianceTerm" | "complianceReport" | "assistInvestigate" | "assistServe" | "assistEvidence";
            extensionLength: number | null;
            id: string;
            length: number;
            regionName: string;
            /** @description empty: the national default */
            regionPrefix: string;
            /** @enum {string} */
            unit: "calendarDays" | "workingDays" | "months";
            updatedAt: string;
        };
        EnforcementRuleUpsert: {
            citation: string;
            /** @enum {string} */
            code: "caseOpen" | "caseDecide" | "measure" | "hearingRequest" | "decisionServe" | "decisionPublish" | "transferApprove" | "policeDecide" | "reconsiderRequest" | "reconsiderDecide" | "clueAcknowledge" | "clueAnswer" | "customsApply" | "detentionOnApplication" | "detentionExOfficio" | "recordalValid" | "compliancePlan" | "complianceTerm" | "complianceReport" | "assistInvestigate" | "assistServe" | "assistEvidence";
            /** @description the longest extension allowed (with approval); empty: none */
            extensionLength?: number | null;
            length: number;
            regionPrefix: string;
            /** @enum {string} */
            unit: "calendarDays" | "workingDays" | "months";
        };
        EnforcementRuleUpsertInput: {
            citation: string;
            /** @enum {string} */
            code: "caseOpen" | "caseDecide" | "measure" | "hearingRequest" | "decisionServe" | "decisionPublish" | "transferApprove" | "policeDecide" | "reconsiderRequest" | "reconsiderDecide" | "clueAcknowledge" | "clueAnswer" | "customsApply" | "detentionOnApplication" | "detentionExOfficio" | "recordalValid" | "compliancePlan" | "complianceTerm" | "complianceReport" | "assistInvestigate" | "assistServe" | "assistEvidence";
            /** @description the longest extension allowed (with approval); empty: none */
            extensionLength?: number | null;
            length: number;
            regionPrefix: string;
            /** @enum {string} */
            unit: "calendarDays" | "workingDays" | "months";
        };
        EnforcementStats: {
            byAgency: {
                casesClosed: number;
                casesOpened: number;
                casesReceived: number;
                /** @description average calendar days from a clue passed to its answer */
                clueAnswerDays: number | null;
                cluesAnswered: number;
                cluesReceived: number;
                confiscatedFen: number;
                detentions: number;
                fineFen: number;
                org: {
                    id: string;
                    name: string;
                };
                /** @description penalty decisions made in the year */
                penalties: number;
                regionCode: string;
                /** @description transfers to the police reported in the year */
                transfers: number;
                /** @description of these, criminal cases the police opened */
                transfersOpened: number;
                transfersPending: number;
                /** @description of these, refusals the police kept after any reconsideration */
                transfersRefused: number;
            }[];
            byDistrict: {
                casesClosed: number;
                casesOpened: number;
                casesReceived: number;
                /** @description average calendar days from a clue passed to its answer */
                clueAnswerDays: number | null;
                cluesAnswered: number;
                cluesReceived: number;
                confiscatedFen: number;
                detentions: number;
                fineFen: number;
                /** @description penalty decisions made in the year */
                penalties: number;
                regionCode: string;
                regionName: string;
                /** @description transfers to the police reported in the year */
                transfers: number;
                /** @description of these, criminal cases the police opened */
                transfersOpened: number;
                transfersPending: number;
                /** @description of these, refusals the police kept after any reconsideration */
                transfersRefused: number;
            }[];
            detentionsByRight: {
                confiscated: number;
                declaredValueFen: number;
                detentions: number;
                /** @enum {string} */
                rightKind: "patent" | "trademark" | "copyright" | "other" | "unrecorded";
            }[];
            totals: {
                casesClosed: number;
                casesOpened: number;
                casesReceived: number;
                /** @description average calendar days from a clue passed to its answer */
                clueAnswerDays: number | null;
                cluesAnswered: number;
                cluesReceived: number;
                confiscatedFen: number;
                detentions: number;
                fineFen: number;
                /** @description penalty decisions made in the year */
                penalties: number;
                /** @description transfers to the police reported in the year */
                transfers: number;
                /** @description of these, criminal cases the police opened */
                transfersOpened: number;
                transfersPending: number;
                /** @description of these, refusals the police kept after any reconsideration */
                transfersRefused: number;
            };
            year: number;
        };
        EnforcementStatsInput: {
            byAgency: {
                casesClosed: number;
                casesOpened: number;
                casesReceived: number;
                /** @description average calendar days from a clue passed to its answer */
                clueAnswerDays: number | null;
                cluesAnswered: number;
                cluesReceived: number;
                confiscatedFen: number;
                detentions: number;
                fineFen: number;
                org: {
                    id: string;
                    name: string;
                };
                /** @description penalty decisions made in the year */
                penalties: number;
                regionCode: string;
                /** @description transfers to the police reported in the year */
                transfers: number;
                /** @description of these, criminal cases the police opened */
                transfersOpened: number;
                transfersPending: number;
                /** @description of these, refusals the police kept after any reconsideration */
                transfersRefused: number;
            }[];
            byDistrict: {
                casesClosed: number;
                casesOpened: number;
                casesReceived: number;
                /** @description average calendar days from a clue passed to its answer */
                clueAnswerDays: number | null;
                cluesAnswered: number;
                cluesReceived: number;
                confiscatedFen: number;
                detentions: number;
                fineFen: number;
                /** @description penalty decisions made in the year */
                penalties: number;
                regionCode: string;
                regionName: string;
                /** @description transfers to the police reported in the year */
                transfers: number;
                /** @description of these, criminal cases the police opened */
                transfersOpened: number;
                transfersPending: number;
                /** @description of these, refusals the police kept after any reconsideration */
                transfersRefused: number;
            }[];
            detentionsByRight: {
                confiscated: number;
                declaredValueFen: number;
                detentions: number;
                /** @enum {string} */
                rightKind: "patent" | "trademark" | "copyright" | "other" | "unrecorded";
            }[];
            totals: {
                casesClosed: number;
                casesOpened: number;
                casesReceived: number;
                /** @description average calendar days from a clue passed to its answer */
                clueAnswerDays: number | null;
                cluesAnswered: number;
                cluesReceived: number;
                confiscatedFen: number;
                detentions: number;
                fineFen: number;
                /** @description penalty decisions made in the year */
                penalties: number;
                /** @description transfers to the police reported in the year */
                transfers: number;
                /** @description of these, criminal cases the police opened */
                transfersOpened: number;
                transfersPending: number;
                /** @description of these, refusals the police kept after any reconsideration */
                transfersRefused: number;
            };
            year: number;
        };
        EnforcementTransferAction: {
            /** @enum {string} */
            action: "approve";
            approval: string;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "notApprove";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            reason: string;
        } | {
            /** @enum {string} */
            action: "policeDecide";
            /** @description the criminal case number when opened */
            criminalCaseNo: unknown;
            /** @enum {string} */
            decision: "open" | "refuse";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @description the reason for a refusal (required then) */
            reason: unknown;
        } | {
            /** @enum {string} */
            action: "requestReconsideration";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "reconsiderDecide";
            /** @description the criminal case number when opened */
            criminalCaseNo: unknown;
            /** @enum {string} */
            decision: "open" | "refuse";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @description the reason for a refusal (required then) */
            reason: unknown;
        };
        EnforcementTransferActionInput: {
            /** @enum {string} */
            action: "approve";
            approval: string;
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "notApprove";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            reason: string;
        } | {
            /** @enum {string} */
            action: "policeDecide";
            /** @description the criminal case number when opened */
            criminalCaseNo?: string | null;
            /** @enum {string} */
            decision: "open" | "refuse";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @description the reason for a refusal (required then) */
            reason?: string | null;
        } | {
            /** @enum {string} */
            action: "requestReconsideration";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
        } | {
            /** @enum {string} */
            action: "reconsiderDecide";
            /** @description the criminal case number when opened */
            criminalCaseNo?: string | null;
            /** @enum {string} */
            decision: "open" | "refuse";
            /**
             * Format: date
             * @description the day it was done (today when left out)
             */
            on?: string;
            /** @description the reason for a refusal (required then) */
            reason?: string | null;
        };
        EnforcementTransferCreate: {
            /**
             * Format: uuid
             * @description the uploaded case file (platform file upload)
             */
            fileId: string;
            /** Format: uuid */
            policeOrgId: string;
            /**
             * Format: date
             * @description the day the written report went to the head: the 3-day clock starts here
             */
            reportedOn?: string;
        };
        EnforcementTransferCreateInput: {
            /**
             * Format: uuid
             * @description the uploaded case file (platform file upload)
             */
            fileId: string;
            /** Format: uuid */
            policeOrgId: string;
            /**
             * Format: date
             * @description the day the written report went to the head: the 3-day clock starts here
             */
            reportedOn?: string;
        };
        EnforcementTransferDetail: {
            actions: ("approve" | "notApprove" | "policeDecide" | "requestReconsideration" | "reconsiderDecide")[];
            caseId: string;
            caseNo: string;
            criminalCaseNo: string | null;
            fileId: string;
            fileName: string | null;
            from: {
                id: string;
                name: string;
            };
            headApproval: string | null;
            headDecidedOn: string | null;
            id: string;
            limits: components["schemas"]["EnforcementLimit"][];
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            nextDueOn: string | null;
            notApprovedReason: string | null;
            /** @description a time limit has run out: the procuratorate sees this */
            overdue: boolean;
            partyName: string;
            police: {
                id: string;
                name: string;
            };
            policeDecidedOn: string | null;
            reconsiderDecidedOn: string | null;
            reconsiderRequestedOn: string | null;
            refusalReason: string | null;
            regionCode: string;
            reportedOn: string;
            sentOn: string | null;
            /** @enum {string} */
            status: "reported" | "notApproved" | "sent" | "opened" | "refused" | "reconsidering" | "refusedFinal";
        };
        EnforcementTransferDetailInput: {
            actions: ("approve" | "notApprove" | "policeDecide" | "requestReconsideration" | "reconsiderDecide")[];
            caseId: string;
            caseNo: string;
            criminalCaseNo: string | null;
            fileId: string;
            fileName: string | null;
            from: {
                id: string;
                name: string;
            };
            headApproval: string | null;
            headDecidedOn: string | null;
            id: string;
            limits: components["schemas"]["EnforcementLimitInput"][];
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            nextDueOn: string | null;
            notApprovedReason: string | null;
            /** @description a time limit has run out: the procuratorate sees this */
            overdue: boolean;
            partyName: string;
            police: {
                id: string;
                name: string;
            };
            policeDecidedOn: string | null;
            reconsiderDecidedOn: string | null;
            reconsiderRequestedOn: string | null;
            refusalReason: string | null;
            regionCode: string;
            reportedOn: string;
            sentOn: string | null;
            /** @enum {string} */
            status: "reported" | "notApproved" | "sent" | "opened" | "refused" | "reconsidering" | "refusedFinal";
        };
        EnforcementTransferListItem: {
            caseId: string;
            caseNo: string;
            from: {
                id: string;
                name: string;
            };
            id: string;
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            nextDueOn: string | null;
            /** @description a time limit has run out: the procuratorate sees this */
            overdue: boolean;
            partyName: string;
            police: {
                id: string;
                name: string;
            };
            policeDecidedOn: string | null;
            regionCode: string;
            reportedOn: string;
            sentOn: string | null;
            /** @enum {string} */
            status: "reported" | "notApproved" | "sent" | "opened" | "refused" | "reconsidering" | "refusedFinal";
        };
        EnforcementTransferListItemInput: {
            caseId: string;
            caseNo: string;
            from: {
                id: string;
                name: string;
            };
            id: string;
            /** @enum {string} */
            nextActor: "officer" | "head" | "party" | "police" | "procuratorate" | "customs" | "holder" | "receiver" | "team" | "none";
            nextDueOn: string | null;
            /** @description a time limit has run out: the procuratorate sees this */
            overdue: boolean;
            partyName: string;
            police: {
                id: string;
                name: string;
            };
            policeDecidedOn: string | null;
            regionCode: string;
            reportedOn: string;
            sentOn: string | null;
            /** @enum {string} */
            status: "reported" | "notApproved" | "sent" | "opened" | "refused" | "reconsidering" | "refusedFinal";
        };
        EnforcementTransferPage: {
            items: components["schemas"]["EnforcementTransferListItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        EnforcementTransferPageInput: {
            items: components["schemas"]["EnforcementTransferListItemInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        FinanceFiguresPublished: {
            changed: number;
            rows: number;
            years: number[];
        };
        FinanceFiguresPublishedInput: {
            changed: number;
            rows: number;
            years: number[];
        };
        FinanceHome: {
            claimCounts: components["schemas"]["HomeCount"][];
            loanCounts: components["schemas"]["HomeCount"][];
            subsidyCounts: components["schemas"]["HomeCount"][];
            /** @enum {string} */
            view: "bank" | "enterprise" | "office" | "none";
            whitelistCounts: components["schemas"]["HomeCount"][];
        };
        FinanceHomeInput: {
            claimCounts: components["schemas"]["HomeCountInput"][];
            loanCounts: components["schemas"]["HomeCountInput"][];
            subsidyCounts: components["schemas"]["HomeCountInput"][];
            /** @enum {string} */
            view: "bank" | "enterprise" | "office" | "none";
            whitelistCounts: components["schemas"]["HomeCountInput"][];
        };
        FinanceParty: {
            creditCode: string | null;
            id: string;
            name: string;
            regionName: string;
        };
        FinancePartyInput: {
            creditCode: string | null;
            id: string;
            name: string;
            regionName: string;
        };
        FinancePartyPage: {
            items: components["schemas"]["FinanceParty"][];
            page: number;
            pageSize: number;
            total: number;
        };
        FinancePartyPageInput: {
            items: components["schemas"]["FinancePartyInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        FinanceStatistics: {
            byBank: {
                amountFen: number;
                enterprises: number;
                key: string;
                name: string;
                projects: number;
            }[];
            byDistrict: {
                amountFen: number;
                enterprises: number;
                key: string;
                name: string;
                projects: number;
            }[];
            byIndustry: {
                amountFen: number;
                enterprises: number;
                /** @enum {string} */
                industry: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "other";
                key: string;
                name: string;
                projects: number;
            }[];
            byKind: {
                amountFen: number;
                enterprises: number;
                key: string;
                /** @enum {string} */
                kind: "patent" | "trademark" | "gi";
                name: string;
                projects: number;
            }[];
            enterprisesGrowthBp: number | null;
            loanAmountGrowthBp: number | null;
            loans: components["schemas"]["LoanFigures"];
            pledgeAmountGrowthBp: number | null;
            pledgeProjectsGrowthBp: number | null;
            pledges: {
                amountFen: number;
                enterprises: number;
                projects: number;
            };
            previousLoanAmountFen: number;
            previousPledges: {
                amountFen: number;
                enterprises: number;
                projects: number;
            };
            regionName: string;
            regionPrefix: string;
            securitisation: {
                amountFen: number;
                products: number;
            };
            year: number;
        };
        FinanceStatisticsInput: {
            byBank: {
                amountFen: number;
                enterprises: number;
                key: string;
                name: string;
                projects: number;
            }[];
            byDistrict: {
                amountFen: number;
                enterprises: number;
                key: string;
                name: string;
                projects: number;
            }[];
            byIndustry: {
                amountFen: number;
                enterprises: number;
                /** @enum {string} */
                industry: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "other";
                key: string;
                name: string;
                projects: number;
            }[];
            byKind: {
                amountFen: number;
                enterprises: number;
                key: string;
                /** @enum {string} */
                kind: "patent" | "trademark" | "gi";
                name: string;
                projects: number;
            }[];
            enterprisesGrowthBp: number | null;
            loanAmountGrowthBp: number | null;
            loans: components["schemas"]["LoanFiguresInput"];
            pledgeAmountGrowthBp: number | null;
            pledgeProjectsGrowthBp: number | null;
            pledges: {
                amountFen: number;
                enterprises: number;
                projects: number;
            };
            previousLoanAmountFen: number;
            previousPledges: {
                amountFen: number;
                enterprises: number;
                projects: number;
            };
            regionName: string;
            regionPrefix: string;
            securitisation: {
                amountFen: number;
                products: number;
            };
            year: number;
        };
        FinanceTypicalCase: {
            caseStory: unknown;
            typicalCase: boolean;
        };
        FinanceTypicalCaseInput: {
            caseStory?: string | null;
            typicalCase: boolean;
        };
        FundingCreate: {
            amountFen: number;
            note: unknown;
            /** Format: date */
            on: string;
            /** @enum {string} */
            source: "central" | "provincial" | "city";
        };
        FundingCreateInput: {
            amountFen: number;
            note?: string | null;
            /** Format: date */
            on: string;
            /** @enum {string} */
            source: "central" | "provincial" | "city";
        };
        HomeCount: {
            count: number;
            key: string;
            query: {
                [key: string]: string | string[];
            };
        };
        HomeCountInput: {
            count: number;
            key: string;
            query: {
                [key: string]: string | string[];
            };
        };
        ImportReport: {
            errors: {
                field: string;
                message: string;
                /** @description spreadsheet row number, counting the header as row 1 */
                row: number;
            }[];
            imported: number;
            total: number;
        };
        ImportReportInput: {
            errors: {
                field: string;
                message: string;
                /** @description spreadsheet row number, counting the header as row 1 */
                row: number;
            }[];
            imported: number;
            total: number;
        };
        IngestAnalysis: {
            body: string;
            cleanedText: string;
            confidence: {
                agreements: number;
                attendeeCount: number;
                eventDate: number;
                kind: number;
                people: number;
                region: number;
                statistics: number;
            };
            displayTitle: string | null;
            existingMeetings: {
                date: string;
                id: string;
                title: string;
                url: string;
            }[];
            facts: components["schemas"]["ReportFacts"];
            fileName: string | null;
            original: string;
            removed: {
                boilerplate: string[];
                dateRepairs: {
                    from: string;
                    to: string;
                }[];
                pinyinAnnotations: number;
            };
            /** @enum {string} */
            suggestedMeetingKind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            warnings: string[];
        };
        IngestAnalysisInput: {
            body: string;
            cleanedText: string;
            confidence: {
                agreements: number;
                attendeeCount: number;
                eventDate: number;
                kind: number;
                people: number;
                region: number;
                statistics: number;
            };
            displayTitle: string | null;
            existingMeetings: {
                date: string;
                id: string;
                title: string;
                url: string;
            }[];
            facts: components["schemas"]["ReportFactsInput"];
            fileName: string | null;
            original: string;
            removed: {
                boilerplate: string[];
                dateRepairs: {
                    from: string;
                    to: string;
                }[];
                pinyinAnnotations: number;
            };
            /** @enum {string} */
            suggestedMeetingKind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            warnings: string[];
        };
        IngestSave: {
            article: {
                body: string;
                /** Format: date */
                eventDate?: string | null;
                /**
                 * @default other
                 * @enum {string}
                 */
                eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
                eventRegionCode?: string | null;
                originalText?: string | null;
                source: unknown;
                /** Format: date */
                sourceDate?: string | null;
                /** Format: uri */
                sourceUrl?: string | null;
                summary: unknown;
                title: string;
            };
            facts?: unknown;
            /** @default [] */
            figures: {
                indicator: string;
                regionCode?: string | null;
                unit: string;
                value: number;
                year?: number | null;
            }[];
            /** Format: uuid */
            linkMeetingId?: string | null;
            meeting?: {
                /** @default [] */
                agreements: {
                    /**
                     * @default agreement
                     * @enum {string}
                     */
                    kind: "agreement" | "framework" | "memorandum";
                    /** @default [] */
                    parties: string[];
                    title: string;
                }[];
                attendeeCount?: number | null;
                /** @default [] */
                attendees: {
                    name: string;
                    orgName?: string | null;
                    title: string | null;
                }[];
                /** @enum {string} */
                kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
                /**
                 * @default offline
                 * @enum {string}
                 */
                mode: "offline" | "online" | "hybrid";
                onlineAudience?: number | null;
                orgs?: {
                    name: string;
                    /** @enum {string} */
                    role: "host" | "organiser" | "coOrganiser";
                }[];
                regionCode: string;
                /** Format: date */
                startsAt: string;
                title: string;
                /** @default [] */
                unveilings: {
                    /** @default [] */
                    by: string[];
                    what: string;
                }[];
                venue?: string | null;
            } | null;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "review" | "published";
        };
        IngestSaved: {
            agreementIds: string[];
            articleId: string;
            figureIds: string[];
            meetingId: string | null;
        };
        IngestSavedInput: {
            agreementIds: string[];
            articleId: string;
            figureIds: string[];
            meetingId: string | null;
        };
        IngestSaveInput: {
            article: {
                body: string;
                /** Format: date */
                eventDate?: string | null;
                /**
                 * @default other
                 * @enum {string}
                 */
                eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
                eventRegionCode?: string | null;
                originalText?: string | null;
                source?: string | null;
                /** Format: date */
                sourceDate?: string | null;
                sourceUrl?: (string | null) | "";
                summary?: string | null;
                title: string;
            };
            facts?: unknown;
            /** @default [] */
            figures: {
                indicator: string;
                regionCode?: string | null;
                unit: string;
                value: number;
                year?: number | null;
            }[];
            /** Format: uuid */
            linkMeetingId?: string | null;
            meeting?: {
                /** @default [] */
                agreements: {
                    /**
                     * @default agreement
                     * @enum {string}
                     */
                    kind: "agreement" | "framework" | "memorandum";
                    /** @default [] */
                    parties: string[];
                    title: string;
                }[];
                attendeeCount?: number | null;
                /** @default [] */
                attendees: {
                    name: string;
                    orgName?: string | null;
                    title: string | null;
                }[];
                /** @enum {string} */
                kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
                /**
                 * @default offline
                 * @enum {string}
                 */
                mode: "offline" | "online" | "hybrid";
                onlineAudience?: number | null;
                orgs?: {
                    name: string;
                    /** @enum {string} */
                    role: "host" | "organiser" | "coOrganiser";
                }[];
                regionCode: string;
                /** Format: date */
                startsAt: string;
                title: string;
                /** @default [] */
                unveilings: {
                    /** @default [] */
                    by: string[];
                    what: string;
                }[];
                venue?: string | null;
            } | null;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "review" | "published";
        };
        IngestText: {
            text: string;
        };
        IngestTextInput: {
            text: string;
        };
        Invitation: {
            id: string;
            invitedAt: string;
            orgId: string;
            orgName: string;
            personId: string | null;
            personName: string | null;
        };
        InvitationInput: {
            id: string;
            invitedAt: string;
            orgId: string;
            orgName: string;
            personId: string | null;
            personName: string | null;
        };
        Invite: {
            /** @default [] */
            orgIds: string[];
            /** @default [] */
            personIds: string[];
        };
        InviteInput: {
            /** @default [] */
            orgIds: string[];
            /** @default [] */
            personIds: string[];
        };
        Job: {
            createdAt: string;
            finishedAt: string | null;
            id: string;
            kind: string;
            message: string | null;
            processed: number;
            result: unknown;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            total: number | null;
        };
        JobInput: {
            createdAt: string;
            finishedAt: string | null;
            id: string;
            kind: string;
            message: string | null;
            processed: number;
            result: unknown;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            total: number | null;
        };
        LeaderComment: {
            authorName: string;
            authorTitle: string | null;
            body: string;
            createdAt: string;
            createdByName: string | null;
            id: string;
            taskId: string;
        };
        LeaderCommentInput: {
            authorName: string;
            authorTitle: string | null;
            body: string;
            createdAt: string;
            createdByName: string | null;
            id: string;
            taskId: string;
        };
        LedgerEntry: {
            amountFen: number;
            balanceAfterFen: number;
            /** Format: uuid */
            claimId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "funding" | "payout" | "recovery";
            note: string | null;
            occurredOn: string;
            seq: number;
            /** @enum {string|null} */
            source: "central" | "provincial" | "city" | null;
        };
        LedgerEntryInput: {
            amountFen: number;
            balanceAfterFen: number;
            /** Format: uuid */
            claimId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "funding" | "payout" | "recovery";
            note: string | null;
            occurredOn: string;
            seq: number;
            /** @enum {string|null} */
            source: "central" | "provincial" | "city" | null;
        };
        LedgerPage: {
            items: components["schemas"]["LedgerEntry"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LedgerPageInput: {
            items: components["schemas"]["LedgerEntryInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        Liaison: {
            conferenceId: string;
            current: boolean;
            email: string | null;
            id: string;
            name: string;
            orgId: string;
            orgName: string;
            personId: string | null;
            phone: string | null;
            termEnd: string | null;
            termStart: string;
            title: string | null;
        };
        LiaisonCreate: {
            /** Format: email */
            email?: string | null;
            name: string;
            /** Format: uuid */
            orgId: string;
            /** Format: uuid */
            personId?: string | null;
            phone: unknown;
            /** Format: date */
            termEnd?: string | null;
            /** Format: date */
            termStart: string;
            title: unknown;
        };
        LiaisonCreateInput: {
            email?: (string | null) | "";
            name: string;
            /** Format: uuid */
            orgId: string;
            /** Format: uuid */
            personId?: string | null;
            phone?: string | null;
            /** Format: date */
            termEnd?: string | null;
            /** Format: date */
            termStart: string;
            title?: string | null;
        };
        LiaisonInput: {
            conferenceId: string;
            current: boolean;
            email: string | null;
            id: string;
            name: string;
            orgId: string;
            orgName: string;
            personId: string | null;
            phone: string | null;
            termEnd: string | null;
            termStart: string;
            title: string | null;
        };
        LiaisonPage: {
            items: components["schemas"]["Liaison"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LiaisonPageInput: {
            items: components["schemas"]["LiaisonInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LiaisonUpdate: {
            /** Format: email */
            email?: string | null;
            name?: string;
            /** Format: uuid */
            personId?: string | null;
            phone?: unknown;
            /** Format: date */
            termEnd?: string | null;
            /** Format: date */
            termStart?: string;
            title?: unknown;
        };
        LiaisonUpdateInput: {
            email?: (string | null) | "";
            name?: string;
            /** Format: uuid */
            personId?: string | null;
            phone?: string | null;
            /** Format: date */
            termEnd?: string | null;
            /** Format: date */
            termStart?: string;
            title?: string | null;
        };
        Loan: {
            amountFen: number;
            bankName: string;
            /** Format: uuid */
            bankOrgId: string;
            caseStory: string | null;
            closedOn: string | null;
            /** @enum {string} */
            collateral: "pureIp" | "mixed";
            contractNo: string;
            defaultOn: string | null;
            disbursedOn: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            /** Format: uuid */
            id: string;
            interestRepaidFen: number;
            ipShareBp: number;
            maturityOn: string | null;
            outstandingFen: number;
            overdueDays: number;
            principalRepaidFen: number;
            rateBp: number;
            regionCode: string;
            regionName: string;
            signedOn: string;
            /** @enum {string} */
            status: "submitted" | "approved" | "active" | "rejected" | "withdrawn" | "closed" | "defaulted" | "writtenOff" | "rescheduled";
            termMonths: number;
            typicalCase: boolean;
            writtenOffOn: string | null;
        };
        LoanActionInput: {
            /** @enum {string} */
            action: "approve" | "reject" | "withdraw" | "disburse" | "payOff" | "markDefault" | "reschedule" | "writeOff";
            note: unknown;
            /** Format: date */
            on: string;
            overdueDays?: number;
        };
        LoanActionInputInput: {
            /** @enum {string} */
            action: "approve" | "reject" | "withdraw" | "disburse" | "payOff" | "markDefault" | "reschedule" | "writeOff";
            note?: string | null;
            /** Format: date */
            on: string;
            overdueDays?: number;
        };
        LoanCreate: {
            amountFen: number;
            /** @enum {string} */
            collateral: "pureIp" | "mixed";
            contractNo: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            ipShareBp: number;
            /** @default [] */
            pledgeIds: string[];
            rateBp: number;
            /** Format: date */
            signedOn: string;
            termMonths: number;
        };
        LoanCreateInput: {
            amountFen: number;
            /** @enum {string} */
            collateral: "pureIp" | "mixed";
            contractNo: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            ipShareBp: number;
            /** @default [] */
            pledgeIds: string[];
            rateBp: number;
            /** Format: date */
            signedOn: string;
            termMonths: number;
        };
        LoanDetail: {
            actions: ("approve" | "reject" | "withdraw" | "disburse" | "payOff" | "markDefault" | "reschedule" | "writeOff")[];
            amountFen: number;
            bankName: string;
            /** Format: uuid */
            bankOrgId: string;
            canManage: boolean;
            caseStory: string | null;
            closedOn: string | null;
            /** @enum {string} */
            collateral: "pureIp" | "mixed";
            contractNo: string;
            defaultOn: string | null;
            disbursedOn: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            /** Format: uuid */
            id: string;
            interestRepaidFen: number;
            ipShareBp: number;
            maturityOn: string | null;
            outstandingFen: number;
            overdueDays: number;
            pledges: components["schemas"]["LoanPledge"][];
            principalRepaidFen: number;
            rateBp: number;
            regionCode: string;
            regionName: string;
            repayments: components["schemas"]["Repayment"][];
            signedOn: string;
            /** @enum {string} */
            status: "submitted" | "approved" | "active" | "rejected" | "withdrawn" | "closed" | "defaulted" | "writtenOff" | "rescheduled";
            termMonths: number;
            typicalCase: boolean;
            writtenOffOn: string | null;
        };
        LoanDetailInput: {
            actions: ("approve" | "reject" | "withdraw" | "disburse" | "payOff" | "markDefault" | "reschedule" | "writeOff")[];
            amountFen: number;
            bankName: string;
            /** Format: uuid */
            bankOrgId: string;
            canManage: boolean;
            caseStory: string | null;
            closedOn: string | null;
            /** @enum {string} */
            collateral: "pureIp" | "mixed";
            contractNo: string;
            defaultOn: string | null;
            disbursedOn: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            /** Format: uuid */
            id: string;
            interestRepaidFen: number;
            ipShareBp: number;
            maturityOn: string | null;
            outstandingFen: number;
            overdueDays: number;
            pledges: components["schemas"]["LoanPledgeInput"][];
            principalRepaidFen: number;
            rateBp: number;
            regionCode: string;
            regionName: string;
            repayments: components["schemas"]["RepaymentInput"][];
            signedOn: string;
            /** @enum {string} */
            status: "submitted" | "approved" | "active" | "rejected" | "withdrawn" | "closed" | "defaulted" | "writtenOff" | "rescheduled";
            termMonths: number;
            typicalCase: boolean;
            writtenOffOn: string | null;
        };
        LoanFigures: {
            amountFen: number;
            byBank: {
                amountFen: number;
                inclusiveAmountFen: number;
                inclusiveLoans: number;
                key: string;
                loans: number;
                name: string;
            }[];
            byDistrict: {
                amountFen: number;
                inclusiveAmountFen: number;
                inclusiveLoans: number;
                key: string;
                loans: number;
                name: string;
            }[];
            inclusiveAmountFen: number;
            inclusiveLoans: number;
            inclusiveShareBp: number;
            leverageX100: number;
            loans: number;
            lossRateBp: number;
            payoutFen: number;
            poolBalanceFen: number;
            poolFundFen: number;
            recoveredFen: number;
            regionPrefix: string;
            subsidiesPaidFen: number;
            year: number;
        };
        LoanFiguresInput: {
            amountFen: number;
            byBank: {
                amountFen: number;
                inclusiveAmountFen: number;
                inclusiveLoans: number;
                key: string;
                loans: number;
                name: string;
            }[];
            byDistrict: {
                amountFen: number;
                inclusiveAmountFen: number;
                inclusiveLoans: number;
                key: string;
                loans: number;
                name: string;
            }[];
            inclusiveAmountFen: number;
            inclusiveLoans: number;
            inclusiveShareBp: number;
            leverageX100: number;
            loans: number;
            lossRateBp: number;
            payoutFen: number;
            poolBalanceFen: number;
            poolFundFen: number;
            recoveredFen: number;
            regionPrefix: string;
            subsidiesPaidFen: number;
            year: number;
        };
        LoanInput: {
            amountFen: number;
            bankName: string;
            /** Format: uuid */
            bankOrgId: string;
            caseStory: string | null;
            closedOn: string | null;
            /** @enum {string} */
            collateral: "pureIp" | "mixed";
            contractNo: string;
            defaultOn: string | null;
            disbursedOn: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            /** Format: uuid */
            id: string;
            interestRepaidFen: number;
            ipShareBp: number;
            maturityOn: string | null;
            outstandingFen: number;
            overdueDays: number;
            principalRepaidFen: number;
            rateBp: number;
            regionCode: string;
            regionName: string;
            signedOn: string;
            /** @enum {string} */
            status: "submitted" | "approved" | "active" | "rejected" | "withdrawn" | "closed" | "defaulted" | "writtenOff" | "rescheduled";
            termMonths: number;
            typicalCase: boolean;
            writtenOffOn: string | null;
        };
        LoanPage: {
            items: components["schemas"]["Loan"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LoanPageInput: {
            items: components["schemas"]["LoanInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LoanPledge: {
            /** Format: uuid */
            id: string;
            kinds: ("patent" | "trademark" | "gi")[];
            rightCount: number;
            status: string;
        };
        LoanPledgeInput: {
            /** Format: uuid */
            id: string;
            kinds: ("patent" | "trademark" | "gi")[];
            rightCount: number;
            status: string;
        };
        Login: {
            password: string;
            username: string;
        };
        LoginEvent: {
            at: string;
            id: string;
            ip: string | null;
            reason: string | null;
            success: boolean;
            userAgent: string | null;
            userId: string | null;
            username: string;
        };
        LoginEventInput: {
            at: string;
            id: string;
            ip: string | null;
            reason: string | null;
            success: boolean;
            userAgent: string | null;
            userId: string | null;
            username: string;
        };
        LoginEventPage: {
            items: components["schemas"]["LoginEvent"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LoginEventPageInput: {
            items: components["schemas"]["LoginEventInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LoginInput: {
            password: string;
            username: string;
        };
        Lpr: {
            fiveYearBp: number | null;
            month: string;
            oneYearBp: number;
            source: string;
        };
        LprInput: {
            fiveYearBp: number | null;
            month: string;
            oneYearBp: number;
            source: string;
        };
        Me: {
            /** @description send it back in the x-csrf-token header on every state-changing request */
            csrfToken: string;
            displayName: string;
            id: string;
            mustChangePassword: boolean;
            org: {
                id: string;
                name: string;
                regionCode: string;
                regionName: string;
            };
            roles: ("admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer")[];
            /** @enum {string} */
            scope: "all" | "region" | "org" | "own";
            username: string;
        };
        MediationCaseCreate: {
            /** @default 0 */
            amountFen: number;
            claims: string;
            courtCaseNo: unknown;
            /** Format: uuid */
            courtId?: string | null;
            /** @enum {string} */
            disputeType: "patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other";
            /**
             * Format: uuid
             * @description the mediation organisation that receives the case
             */
            orgId: string;
            parties: {
                address: unknown;
                /** @enum {string|null} */
                agentAuthority?: "general" | "special" | null;
                agentName: unknown;
                agentPhone: unknown;
                /** @description credit code of an organisation, or ID number of a person */
                idNumber: unknown;
                /** @enum {string} */
                kind: "organisation" | "person";
                name: string;
                /**
                 * Format: uuid
                 * @description the platform organisation of this party; its enterprise users see the case
                 */
                orgId?: string | null;
                phone: unknown;
                /** @enum {string} */
                role: "applicant" | "respondent";
                /** @description electronic service address (e-mail or platform account) */
                serviceAddress: unknown;
            }[];
            /**
             * @description in-litigation referrals only
             * @enum {string|null}
             */
            procedure?: "ordinary" | "simplified" | null;
            regionCode: string;
            /** @default [] */
            rights: unknown[];
            /** @enum {string} */
            source: "application" | "courtPreFiling" | "courtInLitigation" | "officeReferral";
            summary: string;
        };
        MediationCaseCreateInput: {
            /** @default 0 */
            amountFen: number;
            claims: string;
            courtCaseNo?: string | null;
            /** Format: uuid */
            courtId?: string | null;
            /** @enum {string} */
            disputeType: "patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other";
            /**
             * Format: uuid
             * @description the mediation organisation that receives the case
             */
            orgId: string;
            parties: {
                address?: string | null;
                /** @enum {string|null} */
                agentAuthority?: "general" | "special" | null;
                agentName?: string | null;
                agentPhone?: string | null;
                /** @description credit code of an organisation, or ID number of a person */
                idNumber?: string | null;
                /** @enum {string} */
                kind: "organisation" | "person";
                name: string;
                /**
                 * Format: uuid
                 * @description the platform organisation of this party; its enterprise users see the case
                 */
                orgId?: string | null;
                phone?: string | null;
                /** @enum {string} */
                role: "applicant" | "respondent";
                /** @description electronic service address (e-mail or platform account) */
                serviceAddress?: string | null;
            }[];
            /**
             * @description in-litigation referrals only
             * @enum {string|null}
             */
            procedure?: "ordinary" | "simplified" | null;
            regionCode: string;
            rights?: {
                /** @enum {string} */
                kind: "invention" | "utilityModel" | "design" | "trademark" | "copyright" | "other";
                number: string;
                title?: string | null;
            }[];
            /** @enum {string} */
            source: "application" | "courtPreFiling" | "courtInLitigation" | "officeReferral";
            summary: string;
        };
        MediationOrg: {
            caseCode: string | null;
            cases: number;
            chargesFee: boolean;
            courtInvited: boolean;
            disputeScope: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            invitingCourt: {
                id: string;
                name: string;
            } | null;
            kind: string;
            /** @enum {string|null} */
            mediationType: "people" | "administrative" | "industry" | "commercial" | null;
            mediators: number;
            name: string;
            openCases: number;
            orgId: string;
            profiled: boolean;
            regionCode: string;
            regionName: string;
            successRate: number | null;
        };
        MediationOrgInput: {
            caseCode: string | null;
            cases: number;
            chargesFee: boolean;
            courtInvited: boolean;
            disputeScope: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            invitingCourt: {
                id: string;
                name: string;
            } | null;
            kind: string;
            /** @enum {string|null} */
            mediationType: "people" | "administrative" | "industry" | "commercial" | null;
            mediators: number;
            name: string;
            openCases: number;
            orgId: string;
            profiled: boolean;
            regionCode: string;
            regionName: string;
            successRate: number | null;
        };
        Mediator: {
            cases: number;
            /** @description shown to office staff and courts only */
            complaints: number | null;
            concluded: number;
            createdAt: string;
            id: string;
            name: string;
            onRoster: boolean;
            org: {
                id: string;
                name: string;
            };
            phone: string | null;
            rosterCourt: {
                id: string;
                name: string;
            } | null;
            specialities: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            /** @enum {string} */
            status: "active" | "suspended" | "dismissed";
            succeeded: number;
            successRate: number | null;
            title: string | null;
            updatedAt: string;
            user: {
                id: string;
                username: string;
            } | null;
            verifiedComplaints: number | null;
            /** @description open cases assigned now */
            workload: number;
        };
        MediatorComplaint: {
            caseId: string | null;
            caseNo: string | null;
            createdAt: string;
            detail: string;
            /** @enum {string} */
            ground: "forced" | "refusedReferrals" | "bribery" | "leakedSecrets" | "other";
            id: string;
            mediatorId: string;
            /** @enum {string} */
            status: "open" | "verified" | "dismissed";
        };
        MediatorComplaintCreate: {
            /** Format: uuid */
            caseId?: string | null;
            detail: string;
            /** @enum {string} */
            ground: "forced" | "refusedReferrals" | "bribery" | "leakedSecrets" | "other";
        };
        MediatorComplaintCreateInput: {
            /** Format: uuid */
            caseId?: string | null;
            detail: string;
            /** @enum {string} */
            ground: "forced" | "refusedReferrals" | "bribery" | "leakedSecrets" | "other";
        };
        MediatorComplaintInput: {
            caseId: string | null;
            caseNo: string | null;
            createdAt: string;
            detail: string;
            /** @enum {string} */
            ground: "forced" | "refusedReferrals" | "bribery" | "leakedSecrets" | "other";
            id: string;
            mediatorId: string;
            /** @enum {string} */
            status: "open" | "verified" | "dismissed";
        };
        MediatorComplaintResolve: {
            /** @enum {string} */
            status: "verified" | "dismissed";
        };
        MediatorComplaintResolveInput: {
            /** @enum {string} */
            status: "verified" | "dismissed";
        };
        MediatorCreate: {
            name: string;
            /** @default true */
            onRoster: boolean;
            /** Format: uuid */
            orgId: string;
            phone: unknown;
            /**
             * Format: uuid
             * @description the court whose invited-mediator roster lists this mediator
             */
            rosterCourtId?: string | null;
            specialities: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "suspended" | "dismissed";
            /** @description e.g. 专利代理师、律师、退休法官 */
            title: unknown;
            /**
             * Format: uuid
             * @description the sign-in account (role mediator) of this mediator
             */
            userId?: string | null;
        };
        MediatorCreateInput: {
            name: string;
            /** @default true */
            onRoster: boolean;
            /** Format: uuid */
            orgId: string;
            phone?: string | null;
            /**
             * Format: uuid
             * @description the court whose invited-mediator roster lists this mediator
             */
            rosterCourtId?: string | null;
            specialities: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "suspended" | "dismissed";
            /** @description e.g. 专利代理师、律师、退休法官 */
            title?: string | null;
            /**
             * Format: uuid
             * @description the sign-in account (role mediator) of this mediator
             */
            userId?: string | null;
        };
        MediatorInput: {
            cases: number;
            /** @description shown to office staff and courts only */
            complaints: number | null;
            concluded: number;
            createdAt: string;
            id: string;
            name: string;
            onRoster: boolean;
            org: {
                id: string;
                name: string;
            };
            phone: string | null;
            rosterCourt: {
                id: string;
                name: string;
            } | null;
            specialities: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            /** @enum {string} */
            status: "active" | "suspended" | "dismissed";
            succeeded: number;
            successRate: number | null;
            title: string | null;
            updatedAt: string;
            user: {
                id: string;
                username: string;
            } | null;
            verifiedComplaints: number | null;
            /** @description open cases assigned now */
            workload: number;
        };
        MediatorPage: {
            items: components["schemas"]["Mediator"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MediatorPageInput: {
            items: components["schemas"]["MediatorInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MediatorUpdate: {
            name?: string;
            onRoster?: boolean;
            /** Format: uuid */
            orgId?: string;
            phone?: unknown;
            /**
             * Format: uuid
             * @description the court whose invited-mediator roster lists this mediator
             */
            rosterCourtId?: string | null;
            specialities?: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            /** @enum {string} */
            status?: "active" | "suspended" | "dismissed";
            /** @description e.g. 专利代理师、律师、退休法官 */
            title?: unknown;
            /**
             * Format: uuid
             * @description the sign-in account (role mediator) of this mediator
             */
            userId?: string | null;
        };
        MediatorUpdateInput: {
            name?: string;
            onRoster?: boolean;
            /** Format: uuid */
            orgId?: string;
            phone?: string | null;
            /**
             * Format: uuid
             * @description the court whose invited-mediator roster lists this mediator
             */
            rosterCourtId?: string | null;
            specialities?: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            /** @enum {string} */
            status?: "active" | "suspended" | "dismissed";
            /** @description e.g. 专利代理师、律师、退休法官 */
            title?: string | null;
            /**
             * Format: uuid
             * @description the sign-in account (role mediator) of this mediator
             */
            userId?: string | null;
        };
        Meeting: {
            attendeeCount: number | null;
            canManage: boolean;
            capacity: number | null;
            createdAt: string;
            endsAt: string | null;
            hasOnlineUrl: boolean;
            id: string;
            invited: boolean;
            /** @enum {string} */
            kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /** @enum {string} */
            minutesStatus: "none" | "draft" | "approved";
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            myRegistration: components["schemas"]["Registration"] | null;
            onlineAudience: number | null;
            onlineUrl: string | null;
            onlineUrlOpensAt: string | null;
            orgs: {
                orgId: string | null;
                orgName: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            regionCode: string;
            regionName: string;
            registered: number;
            registrationOpen: boolean;
            sourceArticleId: string | null;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            summary: string | null;
            theme: string | null;
            title: string;
            updatedAt: string;
            venue: string | null;
            waitlist: boolean;
            waitlisted: number;
        };
        MeetingCreate: {
            attendeeCount?: number | null;
            capacity?: number | null;
            /** Format: date-time */
            endsAt?: string | null;
            /** @enum {string} */
            kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /**
             * @default offline
             * @enum {string}
             */
            mode: "offline" | "online" | "hybrid";
            onlineAudience?: number | null;
            /** Format: uri */
            onlineUrl?: string | null;
            /** @default [] */
            orgs: {
                /** Format: uuid */
                orgId?: string | null;
                orgName?: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            regionCode: string;
            /** Format: date-time */
            startsAt: string;
            summary: unknown;
            theme: unknown;
            title: string;
            venue: unknown;
            /** @default true */
            waitlist: boolean;
        };
        MeetingCreateInput: {
            attendeeCount?: number | null;
            capacity?: number | null;
            /** Format: date-time */
            endsAt?: string | null;
            /** @enum {string} */
            kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /**
             * @default offline
             * @enum {string}
             */
            mode: "offline" | "online" | "hybrid";
            onlineAudience?: number | null;
            onlineUrl?: (string | null) | "";
            /** @default [] */
            orgs: {
                /** Format: uuid */
                orgId?: string | null;
                orgName?: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            regionCode: string;
            /** Format: date-time */
            startsAt: string;
            summary?: string | null;
            theme?: string | null;
            title: string;
            venue?: string | null;
            /** @default true */
            waitlist: boolean;
        };
        MeetingDocument: {
            file: {
                id: string;
                name: string;
                size: number;
            } | null;
            id: string;
            /** @enum {string} */
            kind: "whitePaper" | "topTen" | "typicalCases" | "report" | "policy" | "video" | "other";
            meetingId: string;
            title: string;
        };
        MeetingDocumentInput: {
            file: {
                id: string;
                name: string;
                size: number;
            } | null;
            id: string;
            /** @enum {string} */
            kind: "whitePaper" | "topTen" | "typicalCases" | "report" | "policy" | "video" | "other";
            meetingId: string;
            title: string;
        };
        MeetingInput: {
            attendeeCount: number | null;
            canManage: boolean;
            capacity: number | null;
            createdAt: string;
            endsAt: string | null;
            hasOnlineUrl: boolean;
            id: string;
            invited: boolean;
            /** @enum {string} */
            kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /** @enum {string} */
            minutesStatus: "none" | "draft" | "approved";
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            myRegistration: components["schemas"]["RegistrationInput"] | null;
            onlineAudience: number | null;
            onlineUrl: string | null;
            onlineUrlOpensAt: string | null;
            orgs: {
                orgId: string | null;
                orgName: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            regionCode: string;
            regionName: string;
            registered: number;
            registrationOpen: boolean;
            sourceArticleId: string | null;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            summary: string | null;
            theme: string | null;
            title: string;
            updatedAt: string;
            venue: string | null;
            waitlist: boolean;
            waitlisted: number;
        };
        MeetingPage: {
            items: components["schemas"]["MeetingSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MeetingPageInput: {
            items: components["schemas"]["MeetingSummaryInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MeetingRecord: {
            agreements: components["schemas"]["Agreement"][];
            documents: components["schemas"]["MeetingDocument"][];
            minutes: components["schemas"]["Minutes"] | null;
            resolutions: components["schemas"]["Resolution"][];
            unveilings: components["schemas"]["Unveiling"][];
        };
        MeetingRecordInput: {
            agreements: components["schemas"]["AgreementInput"][];
            documents: components["schemas"]["MeetingDocumentInput"][];
            minutes: components["schemas"]["MinutesInput"] | null;
            resolutions: components["schemas"]["ResolutionInput"][];
            unveilings: components["schemas"]["UnveilingInput"][];
        };
        MeetingSignings: {
            canRecord: boolean;
            intentionCount: number;
            items: components["schemas"]["Signing"][];
            loanCount: number;
            totalFen: number;
        };
        MeetingSigningsInput: {
            canRecord: boolean;
            intentionCount: number;
            items: components["schemas"]["SigningInput"][];
            loanCount: number;
            totalFen: number;
        };
        MeetingSummary: {
            capacity: number | null;
            endsAt: string | null;
            id: string;
            /** @enum {string} */
            kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /** @enum {string} */
            minutesStatus: "none" | "draft" | "approved";
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            regionCode: string;
            regionName: string;
            registered: number;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            title: string;
            venue: string | null;
            waitlisted: number;
        };
        MeetingSummaryInput: {
            capacity: number | null;
            endsAt: string | null;
            id: string;
            /** @enum {string} */
            kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /** @enum {string} */
            minutesStatus: "none" | "draft" | "approved";
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            regionCode: string;
            regionName: string;
            registered: number;
            startsAt: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            title: string;
            venue: string | null;
            waitlisted: number;
        };
        MeetingUpdate: {
            attendeeCount?: number | null;
            capacity?: number | null;
            /** Format: date-time */
            endsAt?: string | null;
            /** @enum {string} */
            kind?: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /** @enum {string} */
            mode?: "offline" | "online" | "hybrid";
            onlineAudience?: number | null;
            /** Format: uri */
            onlineUrl?: string | null;
            orgs?: {
                /** Format: uuid */
                orgId?: string | null;
                orgName?: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            regionCode?: string;
            /** Format: date-time */
            startsAt?: string;
            /** @enum {string} */
            status?: "scheduled" | "cancelled";
            summary?: unknown;
            theme?: unknown;
            title?: string;
            venue?: unknown;
            waitlist?: boolean;
        };
        MeetingUpdateInput: {
            attendeeCount?: number | null;
            capacity?: number | null;
            /** Format: date-time */
            endsAt?: string | null;
            /** @enum {string} */
            kind?: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /** @enum {string} */
            mode?: "offline" | "online" | "hybrid";
            onlineAudience?: number | null;
            onlineUrl?: (string | null) | "";
            orgs?: {
                /** Format: uuid */
                orgId?: string | null;
                orgName?: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            regionCode?: string;
            /** Format: date-time */
            startsAt?: string;
            /** @enum {string} */
            status?: "scheduled" | "cancelled";
            summary?: string | null;
            theme?: string | null;
            title?: string;
            venue?: string | null;
            waitlist?: boolean;
        };
        MeInput: {
            /** @description send it back in the x-csrf-token header on every state-changing request */
            csrfToken: string;
            displayName: string;
            id: string;
            mustChangePassword: boolean;
            org: {
                id: string;
                name: string;
                regionCode: string;
                regionName: string;
            };
            roles: ("admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer")[];
            /** @enum {string} */
            scope: "all" | "region" | "org" | "own";
            username: string;
        };
        Member: {
            conferenceId: string;
            duties: string | null;
            id: string;
            joinedOn: string | null;
            leftOn: string | null;
            liaisonName: string | null;
            orgId: string;
            orgKind: string;
            orgName: string;
            /** @enum {string} */
            position: "lead" | "member";
            regionCode: string;
            sortOrder: number;
        };
        MemberCreate: {
            duties: unknown;
            /** Format: date */
            joinedOn?: string | null;
            /** Format: date */
            leftOn?: string | null;
            /** Format: uuid */
            orgId: string;
            /**
             * @default member
             * @enum {string}
             */
            position: "lead" | "member";
            /** @default 0 */
            sortOrder: number;
        };
        MemberCreateInput: {
            duties?: string | null;
            /** Format: date */
            joinedOn?: string | null;
            /** Format: date */
            leftOn?: string | null;
            /** Format: uuid */
            orgId: string;
            /**
             * @default member
             * @enum {string}
             */
            position: "lead" | "member";
            /** @default 0 */
            sortOrder: number;
        };
        MemberInput: {
            conferenceId: string;
            duties: string | null;
            id: string;
            joinedOn: string | null;
            leftOn: string | null;
            liaisonName: string | null;
            orgId: string;
            orgKind: string;
            orgName: string;
            /** @enum {string} */
            position: "lead" | "member";
            regionCode: string;
            sortOrder: number;
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MemberPageInput: {
            items: components["schemas"]["MemberInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MemberUpdate: {
            duties?: unknown;
            /** Format: date */
            joinedOn?: string | null;
            /** Format: date */
            leftOn?: string | null;
            /** @enum {string} */
            position?: "lead" | "member";
            sortOrder?: number;
        };
        MemberUpdateInput: {
            duties?: string | null;
            /** Format: date */
            joinedOn?: string | null;
            /** Format: date */
            leftOn?: string | null;
            /** @enum {string} */
            position?: "lead" | "member";
            sortOrder?: number;
        };
        Minutes: {
            approvedAt: string | null;
            approvedByName: string | null;
            body: string;
            meetingId: string;
            /** @enum {string} */
            status: "draft" | "approved";
            updatedAt: string;
        };
        MinutesInput: {
            approvedAt: string | null;
            approvedByName: string | null;
            body: string;
            meetingId: string;
            /** @enum {string} */
            status: "draft" | "approved";
            updatedAt: string;
        };
        MinutesPut: {
            body: string;
        };
        MinutesPutInput: {
            body: string;
        };
        NoticeCreate: {
            reason: string;
            requirement: unknown;
            /** @default 5 */
            responseDays: number;
        };
        NoticeCreateInput: {
            reason: string;
            requirement?: string | null;
            /** @default 5 */
            responseDays: number;
        };
        NoticePage: {
            items: components["schemas"]["SupervisionNotice"][];
            page: number;
            pageSize: number;
            total: number;
        };
        NoticePageInput: {
            items: components["schemas"]["SupervisionNoticeInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        NoticeRespond: {
            response: string;
        };
        NoticeRespondInput: {
            response: string;
        };
        Notification: {
            body: string | null;
            createdAt: string;
            id: string;
            kind: string;
            link: string | null;
            readAt: string | null;
            title: string;
        };
        NotificationInput: {
            body: string | null;
            createdAt: string;
            id: string;
            kind: string;
            link: string | null;
            readAt: string | null;
            title: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            total: number;
            unread: number;
        };
        NotificationPageInput: {
            items: components["schemas"]["NotificationInput"][];
            total: number;
            unread: number;
        };
        OpenStatsIndicator: {
            /** @enum {string|null} */
            basis: "records" | "figures" | "mixed" | null;
            definitionSource: string;
            definitionVersion: string;
            formula: string;
            /** @enum {string} */
            indicatorId: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
            name: string;
            nationalAverage: number | null;
            peerLabel: string | null;
            publishedAt: string;
            rank: number | null;
            rankOf: number | null;
            regionCode: string;
            regionName: string;
            streak: number;
            unit: string;
            value: number | null;
            year: number;
            yoy: number | null;
        };
        OpenStatsIndicatorInput: {
            /** @enum {string|null} */
            basis: "records" | "figures" | "mixed" | null;
            definitionSource: string;
            definitionVersion: string;
            formula: string;
            /** @enum {string} */
            indicatorId: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
            name: string;
            nationalAverage: number | null;
            peerLabel: string | null;
            publishedAt: string;
            rank: number | null;
            rankOf: number | null;
            regionCode: string;
            regionName: string;
            streak: number;
            unit: string;
            value: number | null;
            year: number;
            yoy: number | null;
        };
        OpenStatsPublication: {
            narrative: string;
            publishedAt: string;
            regionCode: string;
            regionName: string;
            year: number;
        };
        OpenStatsPublicationInput: {
            narrative: string;
            publishedAt: string;
            regionCode: string;
            regionName: string;
            year: number;
        };
        Org: {
            address: string | null;
            createdAt: string;
            creditCode: string | null;
            id: string;
            /** @enum {string} */
            kind: "ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association";
            name: string;
            parentId: string | null;
            parentName: string | null;
            phone: string | null;
            regionCode: string;
            regionName: string;
            shortName: string | null;
            updatedAt: string;
        };
        OrgCreate: {
            address: unknown;
            creditCode?: string | null;
            /** @enum {string} */
            kind: "ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association";
            name: string;
            /** Format: uuid */
            parentId?: string | null;
            phone?: string | null;
            regionCode: string;
            shortName: unknown;
        };
        OrgCreateInput: {
            address?: string | null;
            creditCode?: (string | null) | "";
            /** @enum {string} */
            kind: "ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association";
            name: string;
            /** Format: uuid */
            parentId?: string | null;
            phone?: (string | null) | "";
            regionCode: string;
            shortName?: string | null;
        };
        OrgInput: {
            address: string | null;
            createdAt: string;
            creditCode: string | null;
            id: string;
            /** @enum {string} */
            kind: "ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association";
            name: string;
            parentId: string | null;
            parentName: string | null;
            phone: string | null;
            regionCode: string;
            regionName: string;
            shortName: string | null;
            updatedAt: string;
        };
        OrgPage: {
            items: components["schemas"]["Org"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OrgPageInput: {
            items: components["schemas"]["OrgInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        OrgUpdate: {
            address?: unknown;
            creditCode?: string | null;
            /** @enum {string} */
            kind?: "ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association";
            name?: string;
            /** Format: uuid */
            parentId?: string | null;
            phone?: string | null;
            regionCode?: string;
            shortName?: unknown;
        };
        OrgUpdateInput: {
            address?: string | null;
            creditCode?: (string | null) | "";
            /** @enum {string} */
            kind?: "ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association";
            name?: string;
            /** Format: uuid */
            parentId?: string | null;
            phone?: (string | null) | "";
            regionCode?: string;
            shortName?: string | null;
        };
        Person: {
            createdAt: string;
            email: string | null;
            id: string;
            name: string;
            orgId: string;
            orgName: string;
            phone: string | null;
            regionCode: string;
            title: string | null;
            updatedAt: string;
        };
        PersonCreate: {
            /** Format: email */
            email?: string | null;
            name: string;
            /** Format: uuid */
            orgId: string;
            phone?: string | null;
            title: unknown;
        };
        PersonCreateInput: {
            email?: (string | null) | "";
            name: string;
            /** Format: uuid */
            orgId: string;
            phone?: (string | null) | "";
            title?: string | null;
        };
        PersonInput: {
            createdAt: string;
            email: string | null;
            id: string;
            name: string;
            orgId: string;
            orgName: string;
            phone: string | null;
            regionCode: string;
            title: string | null;
            updatedAt: string;
        };
        PersonPage: {
            items: components["schemas"]["Person"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PersonPageInput: {
            items: components["schemas"]["PersonInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PersonUpdate: {
            /** Format: email */
            email?: string | null;
            name?: string;
            /** Format: uuid */
            orgId?: string;
            phone?: string | null;
            title?: unknown;
        };
        PersonUpdateInput: {
            email?: (string | null) | "";
            name?: string;
            /** Format: uuid */
            orgId?: string;
            phone?: (string | null) | "";
            title?: string | null;
        };
        PlanText: {
            /** @default false */
            dryRun: boolean;
            text: string;
        };
        PlanTextInput: {
            /** @default false */
            dryRun: boolean;
            text: string;
        };
        PlanTextResult: {
            created: number;
            tasks: {
                deadline: string | null;
                leadOrgName: string | null;
                level: number;
                line: number;
                number: string;
                supportOrgNames: string[];
                title: string;
            }[];
        };
        PlanTextResultInput: {
            created: number;
            tasks: {
                deadline: string | null;
                leadOrgName: string | null;
                level: number;
                line: number;
                number: string;
                supportOrgNames: string[];
                title: string;
            }[];
        };
        PlatformSettings: {
            /** @description IANA time zone, e.g. Asia/Shanghai */
            timeZone: string;
        };
        PlatformSettingsInput: {
            /** @description IANA time zone, e.g. Asia/Shanghai */
            timeZone: string;
        };
        Pledge: {
            appraiserName: string | null;
            appraiserOrgId: string | null;
            bankName: string;
            bankOrgId: string;
            canEdit: boolean;
            canRecordOutcome: boolean;
            caseStory: string | null;
            /** @description the pre-checks as of today, against the platform’s own records */
            checks: components["schemas"]["PledgeCheck"][];
            createdAt: string;
            debtEnd: string;
            debtStart: string;
            dueOn: string | null;
            enterpriseName: string;
            enterpriseOrgId: string;
            events: {
                createdAt: string;
                fileId: string | null;
                id: string;
                /** @enum {string} */
                kind: "submit" | "register" | "refuse" | "change" | "release";
                note: string | null;
                onDate: string;
            }[];
            guarantee: string | null;
            id: string;
            insurance: string | null;
            kinds: ("patent" | "trademark" | "gi")[];
            noticeFileId: string | null;
            overrideWarnings: boolean;
            refusalGround: number | null;
            refusalNote: string | null;
            refusalRule: string | null;
            regionCode: string;
            regionName: string;
            registeredOn: string | null;
            registrationNo: string | null;
            releasedOn: string | null;
            rightCount: number;
            rightNumbers: string;
            rights: {
                coOwners: {
                    consented: boolean;
                    name: string;
                }[];
                id: string;
                /** @enum {string} */
                kind: "patent" | "trademark" | "gi";
                number: string;
                title: string | null;
            }[];
            securedAmountFen: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "registered" | "refused" | "changed" | "released";
            submittedOn: string | null;
            timeLimit: components["schemas"]["PledgeTimeLimit"];
            typicalCase: boolean;
            valuationFen: number | null;
            valuationFileId: string | null;
        };
        PledgeChange: {
            /** Format: date */
            changedOn: string;
            /** Format: date */
            debtEnd?: string;
            /** Format: uuid */
            fileId?: string | null;
            note: string;
            securedAmountFen?: number;
        };
        PledgeChangeInput: {
            /** Format: date */
            changedOn: string;
            /** Format: date */
            debtEnd?: string;
            /** Format: uuid */
            fileId?: string | null;
            note: string;
            securedAmountFen?: number;
        };
        PledgeCheck: {
            ground: number;
            /** @enum {string} */
            outcome: "pass" | "fail" | "warn";
            reason: string;
            rightNumber: string | null;
            rule: string;
        };
        PledgeCheckInput: {
            ground: number;
            /** @enum {string} */
            outcome: "pass" | "fail" | "warn";
            reason: string;
            rightNumber: string | null;
            rule: string;
        };
        PledgeCreate: {
            /** Format: uuid */
            appraiserOrgId?: string | null;
            /** Format: uuid */
            bankOrgId: string;
            /** Format: date */
            debtEnd: string;
            /** Format: date */
            debtStart: string;
            /**
             * Format: uuid
             * @description the pledgor; an enterprise user pledges for its own enterprise
             */
            enterpriseOrgId?: string;
            guarantee: unknown;
            insurance: unknown;
            rights: {
                /** @default [] */
                coOwners: {
                    consented: boolean;
                    name: string;
                }[];
                /** @enum {string} */
                kind: "patent" | "trademark" | "gi";
                number: string;
            }[];
            securedAmountFen: number;
            /**
             * Format: uuid
             * @description the processing time limit the due date is counted by; the default one when left out
             */
            timeLimitId?: string;
            valuationFen?: number | null;
            /** Format: uuid */
            valuationFileId?: string | null;
        };
        PledgeCreateInput: {
            /** Format: uuid */
            appraiserOrgId?: string | null;
            /** Format: uuid */
            bankOrgId: string;
            /** Format: date */
            debtEnd: string;
            /** Format: date */
            debtStart: string;
            /**
             * Format: uuid
             * @description the pledgor; an enterprise user pledges for its own enterprise
             */
            enterpriseOrgId?: string;
            guarantee?: string | null;
            insurance?: string | null;
            rights: {
                /** @default [] */
                coOwners: {
                    consented: boolean;
                    name: string;
                }[];
                /** @enum {string} */
                kind: "patent" | "trademark" | "gi";
                number: string;
            }[];
            securedAmountFen: number;
            /**
             * Format: uuid
             * @description the processing time limit the due date is counted by; the default one when left out
             */
            timeLimitId?: string;
            valuationFen?: number | null;
            /** Format: uuid */
            valuationFileId?: string | null;
        };
        PledgeInput: {
            appraiserName: string | null;
            appraiserOrgId: string | null;
            bankName: string;
            bankOrgId: string;
            canEdit: boolean;
            canRecordOutcome: boolean;
            caseStory: string | null;
            /** @description the pre-checks as of today, against the platform’s own records */
            checks: components["schemas"]["PledgeCheckInput"][];
            createdAt: string;
            debtEnd: string;
            debtStart: string;
            dueOn: string | null;
            enterpriseName: string;
            enterpriseOrgId: string;
            events: {
                createdAt: string;
                fileId: string | null;
                id: string;
                /** @enum {string} */
                kind: "submit" | "register" | "refuse" | "change" | "release";
                note: string | null;
                onDate: string;
            }[];
            guarantee: string | null;
            id: string;
            insurance: string | null;
            kinds: ("patent" | "trademark" | "gi")[];
            noticeFileId: string | null;
            overrideWarnings: boolean;
            refusalGround: number | null;
            refusalNote: string | null;
            refusalRule: string | null;
            regionCode: string;
            regionName: string;
            registeredOn: string | null;
            registrationNo: string | null;
            releasedOn: string | null;
            rightCount: number;
            rightNumbers: string;
            rights: {
                coOwners: {
                    consented: boolean;
                    name: string;
                }[];
                id: string;
                /** @enum {string} */
                kind: "patent" | "trademark" | "gi";
                number: string;
                title: string | null;
            }[];
            securedAmountFen: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "registered" | "refused" | "changed" | "released";
            submittedOn: string | null;
            timeLimit: components["schemas"]["PledgeTimeLimitInput"];
            typicalCase: boolean;
            valuationFen: number | null;
            valuationFileId: string | null;
        };
        PledgePage: {
            items: components["schemas"]["PledgeSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PledgePageInput: {
            items: components["schemas"]["PledgeSummaryInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PledgeRefuse: {
            ground: number;
            note: unknown;
            /** Format: date */
            refusedOn: string;
        };
        PledgeRefuseInput: {
            ground: number;
            note?: string | null;
            /** Format: date */
            refusedOn: string;
        };
        PledgeRegister: {
            /** Format: uuid */
            noticeFileId?: string | null;
            /** Format: date */
            registeredOn: string;
            registrationNo: string;
        };
        PledgeRegisterInput: {
            /** Format: uuid */
            noticeFileId?: string | null;
            /** Format: date */
            registeredOn: string;
            registrationNo: string;
        };
        PledgeRelease: {
            /** Format: uuid */
            fileId?: string | null;
            note: unknown;
            /** Format: date */
            releasedOn: string;
        };
        PledgeReleaseInput: {
            /** Format: uuid */
            fileId?: string | null;
            note?: string | null;
            /** Format: date */
            releasedOn: string;
        };
        PledgeSubmit: {
            /**
             * @description the parties insist despite a same-day application or invalidation (grounds 10, 11)
             * @default false
             */
            overrideWarnings: boolean;
        };
        PledgeSubmitInput: {
            /**
             * @description the parties insist despite a same-day application or invalidation (grounds 10, 11)
             * @default false
             */
            overrideWarnings: boolean;
        };
        PledgeSummary: {
            bankName: string;
            bankOrgId: string;
            createdAt: string;
            debtEnd: string;
            debtStart: string;
            dueOn: string | null;
            enterpriseName: string;
            enterpriseOrgId: string;
            id: string;
            kinds: ("patent" | "trademark" | "gi")[];
            regionCode: string;
            regionName: string;
            registeredOn: string | null;
            registrationNo: string | null;
            rightCount: number;
            rightNumbers: string;
            securedAmountFen: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "registered" | "refused" | "changed" | "released";
            submittedOn: string | null;
            typicalCase: boolean;
        };
        PledgeSummaryInput: {
            bankName: string;
            bankOrgId: string;
            createdAt: string;
            debtEnd: string;
            debtStart: string;
            dueOn: string | null;
            enterpriseName: string;
            enterpriseOrgId: string;
            id: string;
            kinds: ("patent" | "trademark" | "gi")[];
            regionCode: string;
            regionName: string;
            registeredOn: string | null;
            registrationNo: string | null;
            rightCount: number;
            rightNumbers: string;
            securedAmountFen: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "registered" | "refused" | "changed" | "released";
            submittedOn: string | null;
            typicalCase: boolean;
        };
        PledgeTimeLimit: {
            citation: string;
            code: string;
            id: string;
            isDefault: boolean;
            name: string;
            source: string;
            workingDays: number;
        };
        PledgeTimeLimitInput: {
            citation: string;
            code: string;
            id: string;
            isDefault: boolean;
            name: string;
            source: string;
            workingDays: number;
        };
        PledgeUpdate: {
            /** Format: uuid */
            appraiserOrgId?: string | null;
            /** Format: uuid */
            bankOrgId?: string;
            /** Format: date */
            debtEnd?: string;
            /** Format: date */
            debtStart?: string;
            guarantee?: unknown;
            insurance?: unknown;
            rights?: {
                /** @default [] */
                coOwners: {
                    consented: boolean;
                    name: string;
                }[];
                /** @enum {string} */
                kind: "patent" | "trademark" | "gi";
                number: string;
            }[];
            securedAmountFen?: number;
            /**
             * Format: uuid
             * @description the processing time limit the due date is counted by; the default one when left out
             */
            timeLimitId?: string;
            valuationFen?: number | null;
            /** Format: uuid */
            valuationFileId?: string | null;
        };
        PledgeUpdateInput: {
            /** Format: uuid */
            appraiserOrgId?: string | null;
            /** Format: uuid */
            bankOrgId?: string;
            /** Format: date */
            debtEnd?: string;
            /** Format: date */
            debtStart?: string;
            guarantee?: string | null;
            insurance?: string | null;
            rights?: {
                /** @default [] */
                coOwners: {
                    consented: boolean;
                    name: string;
                }[];
                /** @enum {string} */
                kind: "patent" | "trademark" | "gi";
                number: string;
            }[];
            securedAmountFen?: number;
            /**
             * Format: uuid
             * @description the processing time limit the due date is counted by; the default one when left out
             */
            timeLimitId?: string;
            valuationFen?: number | null;
            /** Format: uuid */
            valuationFileId?: string | null;
        };
        Pool: {
            balanceFen: number;
            banks: {
                bankName: string;
                /** Format: uuid */
                bankOrgId: string;
                depositFen: number;
            }[];
            capNote: string | null;
            centralFen: number;
            cityFen: number;
            claimDeadlineDays: number;
            claimDeadlineSource: string;
            depositMultiple: number;
            /** Format: uuid */
            id: string;
            leverageTarget: number;
            name: string;
            /** @enum {string} */
            overflow: "proRata" | "queued";
            parties: {
                /** Format: uuid */
                orgId: string | null;
                orgName: string | null;
                /** @enum {string} */
                role: "fund" | "bank" | "insurer" | "guarantor" | "appraiser";
                shareBp: number;
            }[];
            perLoanCapFen: number;
            provincialFen: number;
            /** @enum {string} */
            qualifying: "pureIpOnly" | "ipShare";
            regionCode: string;
        };
        PoolCreate: {
            /** @default [] */
            banks: {
                /** Format: uuid */
                bankOrgId: string;
                depositFen: number;
            }[];
            capNote: unknown;
            centralFen: number;
            cityFen: number;
            claimDeadlineDays: number;
            claimDeadlineSource: string;
            depositMultiple: number;
            leverageTarget: number;
            name: string;
            /** @enum {string} */
            overflow: "proRata" | "queued";
            parties: {
                /**
                 * Format: uuid
                 * @default null
                 */
                orgId: string | null;
                /** @enum {string} */
                role: "fund" | "bank" | "insurer" | "guarantor" | "appraiser";
                shareBp: number;
            }[];
            perLoanCapFen: number;
            provincialFen: number;
            /** @enum {string} */
            qualifying: "pureIpOnly" | "ipShare";
            regionCode: string;
        };
        PoolCreateInput: {
            /** @default [] */
            banks: {
                /** Format: uuid */
                bankOrgId: string;
                depositFen: number;
            }[];
            capNote?: string | null;
            centralFen: number;
            cityFen: number;
            claimDeadlineDays: number;
            claimDeadlineSource: string;
            depositMultiple: number;
            leverageTarget: number;
            name: string;
            /** @enum {string} */
            overflow: "proRata" | "queued";
            parties: {
                /**
                 * Format: uuid
                 * @default null
                 */
                orgId: string | null;
                /** @enum {string} */
                role: "fund" | "bank" | "insurer" | "guarantor" | "appraiser";
                shareBp: number;
            }[];
            perLoanCapFen: number;
            provincialFen: number;
            /** @enum {string} */
            qualifying: "pureIpOnly" | "ipShare";
            regionCode: string;
        };
        PoolInput: {
            balanceFen: number;
            banks: {
                bankName: string;
                /** Format: uuid */
                bankOrgId: string;
                depositFen: number;
            }[];
            capNote: string | null;
            centralFen: number;
            cityFen: number;
            claimDeadlineDays: number;
            claimDeadlineSource: string;
            depositMultiple: number;
            /** Format: uuid */
            id: string;
            leverageTarget: number;
            name: string;
            /** @enum {string} */
            overflow: "proRata" | "queued";
            parties: {
                /** Format: uuid */
                orgId: string | null;
                orgName: string | null;
                /** @enum {string} */
                role: "fund" | "bank" | "insurer" | "guarantor" | "appraiser";
                shareBp: number;
            }[];
            perLoanCapFen: number;
            provincialFen: number;
            /** @enum {string} */
            qualifying: "pureIpOnly" | "ipShare";
            regionCode: string;
        };
        ProgressReport: {
            actualValue: number | null;
            createdAt: string;
            files: {
                id: string;
                name: string;
                size: number;
            }[];
            id: string;
            narrative: string;
            orgId: string;
            orgName: string;
            percent: number;
            reportedByName: string | null;
            reviewComment: string | null;
            reviewedAt: string | null;
            reviewedByName: string | null;
            /** @enum {string} */
            status: "submitted" | "accepted" | "returned";
            taskId: string;
            taskPath: string;
            taskTitle: string;
        };
        ProgressReportCreate: {
            actualValue?: number | null;
            /** @default [] */
            fileIds: string[];
            narrative: string;
            percent: number;
        };
        ProgressReportCreateInput: {
            actualValue?: number | null;
            /** @default [] */
            fileIds: string[];
            narrative: string;
            percent: number;
        };
        ProgressReportInput: {
            actualValue: number | null;
            createdAt: string;
            files: {
                id: string;
                name: string;
                size: number;
            }[];
            id: string;
            narrative: string;
            orgId: string;
            orgName: string;
            percent: number;
            reportedByName: string | null;
            reviewComment: string | null;
            reviewedAt: string | null;
            reviewedByName: string | null;
            /** @enum {string} */
            status: "submitted" | "accepted" | "returned";
            taskId: string;
            taskPath: string;
            taskTitle: string;
        };
        ProgressReportPage: {
            items: components["schemas"]["ProgressReport"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ProgressReportPageInput: {
            items: components["schemas"]["ProgressReportInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ProtectionAgreement: {
            affectsValidity: boolean;
            /** @description the day every party and the mediator had signed and the seal was affixed */
            effectiveOn: string | null;
            mediatorSignedOn: string | null;
            performanceDeadline: string;
            performanceMethod: string;
            sealedOn: string | null;
            sealOrgName: string | null;
            signatures: {
                name: string;
                partyId: string;
                signedOn: string;
            }[];
            terms: string;
        };
        ProtectionAgreementInput: {
            affectsValidity: boolean;
            /** @description the day every party and the mediator had signed and the seal was affixed */
            effectiveOn: string | null;
            mediatorSignedOn: string | null;
            performanceDeadline: string;
            performanceMethod: string;
            sealedOn: string | null;
            sealOrgName: string | null;
            signatures: {
                name: string;
                partyId: string;
                signedOn: string;
            }[];
            terms: string;
        };
        ProtectionCaseAction: {
            /** @enum {string} */
            action: "admit";
        } | {
            /** @enum {string} */
            action: "return";
            reason: string;
        } | {
            /** @enum {string} */
            action: "choose";
            /** Format: uuid */
            mediatorId: string;
        } | {
            /** @enum {string} */
            action: "designate";
            /** Format: uuid */
            mediatorId: string;
        } | {
            /** @enum {string} */
            action: "accept";
            disclosure: string;
            hasConflict: boolean;
        } | {
            /** @enum {string} */
            action: "decline";
            reason: string;
        } | {
            /** @enum {string} */
            action: "acceptanceTimeout";
        } | {
            /** @enum {string} */
            action: "recuse";
            reason: string;
        } | {
            /** @enum {string} */
            action: "replaceMediator";
            reason: string;
        } | {
            /** @enum {string} */
            action: "contactRespondent";
            note?: string;
            /** @enum {string} */
            result: "agreed" | "refused" | "unreachable";
        } | {
            /** @enum {string} */
            action: "extend";
            /**
             * @description how the parties agreed: a signed statement, on the platform, or in the mediation record
             * @enum {string}
             */
            consentMethod: "written" | "online" | "record";
            /**
             * Format: date
             * @description the day the last party agreed
             */
            consentOn: string;
            consentPartyIds: string[];
            days: number;
        } | {
            /** @enum {string} */
            action: "startAppraisal";
            institution: string;
            matter: string;
        } | {
            /** @enum {string} */
            action: "endAppraisal";
            result: string;
        } | {
            /** @enum {string} */
            action: "draftAgreement";
            /** @description the agreement settles ownership or validity of an IP right (涉确权) */
            affectsValidity: boolean;
            /** @default false */
            mediatorSigned: boolean;
            /** Format: date */
            performanceDeadline: string;
            performanceMethod: string;
            /**
             * @description the organisation's seal is affixed
             * @default false
             */
            sealed: boolean;
            /**
             * @description parties that signed on paper before the mediator
             * @default []
             */
            signedPartyIds: string[];
            terms: string;
        } | {
            /** @enum {string} */
            action: "signAgreement";
            /** @description mediator only: record the seal */
            seal?: boolean;
        } | {
            /** @enum {string} */
            action: "terminate";
            detail: string;
            /** @enum {string} */
            ground: "agreementReached" | "settledWithdrawn" | "unreachable" | "refusedToContinue" | "tooFarApart" | "periodExpired" | "refusedToSign" | "other";
        } | {
            /** @enum {string} */
            action: "withdraw";
            reason: string;
        } | {
            /** @enum {string} */
            action: "close";
        } | {
            /** @enum {string} */
            action: "issueDocument";
            documentNo: string;
        } | {
            /** @enum {string} */
            action: "applyConfirmation";
            /** Format: uuid */
            courtId: string;
            /**
             * Format: uuid
             * @description an uploaded joint application signed by every party
             */
            jointApplicationEvidenceId?: string | null;
        } | {
            /** @enum {string} */
            action: "acceptConfirmation";
            confirmationNo: string;
        } | {
            /** @enum {string} */
            action: "refuseConfirmation";
            reason: string;
        } | {
            /** @enum {string} */
            action: "extendRuling";
            days: number;
            reason: string;
        } | {
            /** @enum {string} */
            action: "ruleConfirmation";
            reason?: string;
            /** @enum {string} */
            result: "confirmed" | "rejected";
        } | {
            /** @enum {string} */
            action: "reportFailure";
            costConduct?: string;
            notes?: string;
            whatHappened: string;
            whyFailed: string;
        } | {
            /** @enum {string} */
            action: "transfer";
            /** Format: uuid */
            adjudicationOrgId?: string;
            courtCaseNo?: string;
            /** @enum {string} */
            destination: "courtRegistered" | "trialResumed" | "onlineFiling" | "adjudication";
        } | {
            /** @enum {string} */
            action: "recordCourtFiling";
            courtCaseNo: string;
        } | {
            /** @enum {string} */
            action: "register";
            handlers: {
                name: string;
                /** @default false */
                presiding: boolean;
            }[];
        } | {
            /** @enum {string} */
            action: "notAccept";
            reason: string;
        } | {
            /** @enum {string} */
            action: "serve";
        } | {
            /** @enum {string} */
            action: "recordAnswer";
            summary: string;
        } | {
            /** @enum {string} */
            action: "startInvestigation";
        } | {
            /** @enum {string} */
            action: "recordHearing";
            /** Format: date */
            heldOn: string;
            /** @enum {string} */
            mode: "oral" | "written";
            summary: string;
        } | {
            /** @enum {string} */
            action: "suspend";
            /** Format: date */
            invalidationAcceptedOn: string;
            invalidationNo: string;
        } | {
            /** @enum {string} */
            action: "resume";
            reason: string;
        } | {
            /** @enum {string} */
            action: "extendDecision";
            approvedBy: string;
            months: number;
        } | {
            /** @enum {string} */
            action: "recuseHandler";
            /** Format: uuid */
            memberId: string;
            reason: string;
            replacementName: string;
        } | {
            /** @enum {string} */
            action: "mediate";
            /** @default 0 */
            damagesFen: number;
            terms: string;
        } | {
            /** @enum {string} */
            action: "decide";
            /** @description refused: damages can only be mediated (专利法 art. 65) */
            damagesFen?: number;
            orders: string;
            /** @enum {string} */
            result: "infringing" | "notInfringing";
        } | {
            /** @enum {string} */
            action: "serveDecision";
        } | {
            /** @enum {string} */
            action: "recordLawsuit";
            courtCaseNo?: string;
            /** Format: uuid */
            courtId: string;
            /** Format: date */
            filedOn: string;
        } | {
            /** @enum {string} */
            action: "requestEnforcement";
            /** Format: uuid */
            courtId: string;
        } | {
            /** @enum {string} */
            action: "finalize";
        };
        ProtectionCaseActionInput: {
            /** @enum {string} */
            action: "admit";
        } | {
            /** @enum {string} */
            action: "return";
            reason: string;
        } | {
            /** @enum {string} */
            action: "choose";
            /** Format: uuid */
            mediatorId: string;
        } | {
            /** @enum {string} */
            action: "designate";
            /** Format: uuid */
            mediatorId: string;
        } | {
            /** @enum {string} */
            action: "accept";
            disclosure: string;
            hasConflict: boolean;
        } | {
            /** @enum {string} */
            action: "decline";
            reason: string;
        } | {
            /** @enum {string} */
            action: "acceptanceTimeout";
        } | {
            /** @enum {string} */
            action: "recuse";
            reason: string;
        } | {
            /** @enum {string} */
            action: "replaceMediator";
            reason: string;
        } | {
            /** @enum {string} */
            action: "contactRespondent";
            note?: string;
            /** @enum {string} */
            result: "agreed" | "refused" | "unreachable";
        } | {
            /** @enum {string} */
            action: "extend";
            /**
             * @description how the parties agreed: a signed statement, on the platform, or in the mediation record
             * @enum {string}
             */
            consentMethod: "written" | "online" | "record";
            /**
             * Format: date
             * @description the day the last party agreed
             */
            consentOn: string;
            consentPartyIds: string[];
            days: number;
        } | {
            /** @enum {string} */
            action: "startAppraisal";
            institution: string;
            matter: string;
        } | {
            /** @enum {string} */
            action: "endAppraisal";
            result: string;
        } | {
            /** @enum {string} */
            action: "draftAgreement";
            /** @description the agreement settles ownership or validity of an IP right (涉确权) */
            affectsValidity: boolean;
            /** @default false */
            mediatorSigned: boolean;
            /** Format: date */
            performanceDeadline: string;
            performanceMethod: string;
            /**
             * @description the organisation's seal is affixed
             * @default false
             */
            sealed: boolean;
            /**
             * @description parties that signed on paper before the mediator
             * @default []
             */
            signedPartyIds: string[];
            terms: string;
        } | {
            /** @enum {string} */
            action: "signAgreement";
            /** @description mediator only: record the seal */
            seal?: boolean;
        } | {
            /** @enum {string} */
            action: "terminate";
            detail: string;
            /** @enum {string} */
            ground: "agreementReached" | "settledWithdrawn" | "unreachable" | "refusedToContinue" | "tooFarApart" | "periodExpired" | "refusedToSign" | "other";
        } | {
            /** @enum {string} */
            action: "withdraw";
            reason: string;
        } | {
            /** @enum {string} */
            action: "close";
        } | {
            /** @enum {string} */
            action: "issueDocument";
            documentNo: string;
        } | {
            /** @enum {string} */
            action: "applyConfirmation";
            /** Format: uuid */
            courtId: string;
            /**
             * Format: uuid
             * @description an uploaded joint application signed by every party
             */
            jointApplicationEvidenceId?: string | null;
        } | {
            /** @enum {string} */
            action: "acceptConfirmation";
            confirmationNo: string;
        } | {
            /** @enum {string} */
            action: "refuseConfirmation";
            reason: string;
        } | {
            /** @enum {string} */
            action: "extendRuling";
            days: number;
            reason: string;
        } | {
            /** @enum {string} */
            action: "ruleConfirmation";
            reason?: string;
            /** @enum {string} */
            result: "confirmed" | "rejected";
        } | {
            /** @enum {string} */
            action: "reportFailure";
            costConduct?: string;
            notes?: string;
            whatHappened: string;
            whyFailed: string;
        } | {
            /** @enum {string} */
            action: "transfer";
            /** Format: uuid */
            adjudicationOrgId?: string;
            courtCaseNo?: string;
            /** @enum {string} */
            destination: "courtRegistered" | "trialResumed" | "onlineFiling" | "adjudication";
        } | {
            /** @enum {string} */
            action: "recordCourtFiling";
            courtCaseNo: string;
        } | {
            /** @enum {string} */
            action: "register";
            handlers: {
                name: string;
                /** @default false */
                presiding: boolean;
            }[];
        } | {
            /** @enum {string} */
            action: "notAccept";
            reason: string;
        } | {
            /** @enum {string} */
            action: "serve";
        } | {
            /** @enum {string} */
            action: "recordAnswer";
            summary: string;
        } | {
            /** @enum {string} */
            action: "startInvestigation";
        } | {
            /** @enum {string} */
            action: "recordHearing";
            /** Format: date */
            heldOn: string;
            /** @enum {string} */
            mode: "oral" | "written";
            summary: string;
        } | {
            /** @enum {string} */
            action: "suspend";
            /** Format: date */
            invalidationAcceptedOn: string;
            invalidationNo: string;
        } | {
            /** @enum {string} */
            action: "resume";
            reason: string;
        } | {
            /** @enum {string} */
            action: "extendDecision";
            approvedBy: string;
            months: number;
        } | {
            /** @enum {string} */
            action: "recuseHandler";
            /** Format: uuid */
            memberId: string;
            reason: string;
            replacementName: string;
        } | {
            /** @enum {string} */
            action: "mediate";
            /** @default 0 */
            damagesFen: number;
            terms: string;
        } | {
            /** @enum {string} */
            action: "decide";
            /** @description refused: damages can only be mediated (专利法 art. 65) */
            damagesFen?: number;
            orders: string;
            /** @enum {string} */
            result: "infringing" | "notInfringing";
        } | {
            /** @enum {string} */
            action: "serveDecision";
        } | {
            /** @enum {string} */
            action: "recordLawsuit";
            courtCaseNo?: string;
            /** Format: uuid */
            courtId: string;
            /** Format: date */
            filedOn: string;
        } | {
            /** @enum {string} */
            action: "requestEnforcement";
            /** Format: uuid */
            courtId: string;
        } | {
            /** @enum {string} */
            action: "finalize";
        };
        ProtectionCaseDeadline: {
            /** @enum {string} */
            actor: "office" | "court" | "mediator" | "parties" | "applicant" | "respondent" | "none";
            citation: string;
            code: string;
            /** @description null while the clock is paused */
            dueOn: string | null;
            label: string;
            /** @description e.g. "3 个工作日", "30 日", "3 个月 + 延长 1 个月" */
            length: string;
            /** @description the same in English, e.g. "3 working days", "30 days + 45 days extension" */
            lengthEn: string;
            metOn: string | null;
            /** @description the region whose rule applied; empty for the national default */
            regionPrefix: string;
            startedOn: string;
            /** @enum {string} */
            state: "running" | "met" | "late" | "overdue" | "paused" | "lapsed";
        };
        ProtectionCaseDeadlineInput: {
            /** @enum {string} */
            actor: "office" | "court" | "mediator" | "parties" | "applicant" | "respondent" | "none";
            citation: string;
            code: string;
            /** @description null while the clock is paused */
            dueOn: string | null;
            label: string;
            /** @description e.g. "3 个工作日", "30 日", "3 个月 + 延长 1 个月" */
            length: string;
            /** @description the same in English, e.g. "3 working days", "30 days + 45 days extension" */
            lengthEn: string;
            metOn: string | null;
            /** @description the region whose rule applied; empty for the national default */
            regionPrefix: string;
            startedOn: string;
            /** @enum {string} */
            state: "running" | "met" | "late" | "overdue" | "paused" | "lapsed";
        };
        ProtectionCaseDetail: {
            agreement: components["schemas"]["ProtectionAgreement"] | null;
            amountFen: number;
            caseNo: string;
            claims: string;
            confirmation: components["schemas"]["ProtectionConfirmation"] | null;
            court: {
                id: string;
                name: string;
            } | null;
            courtCaseNo: string | null;
            createdAt: string;
            /** @description receivedOn, admittedOn, assignedOn, acceptedOn, mediationEndedOn (mediation ended), endedOn (case closed), … as YYYY-MM-DD */
            dates: {
                [key: string]: string | null;
            };
            deadlines: components["schemas"]["ProtectionCaseDeadline"][];
            decisionExtensionMonths: number;
            decisionResult: string | null;
            /** @enum {string} */
            disputeType: "patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other";
            documentNo: string | null;
            dueKind: string | null;
            dueOn: string | null;
            evidence: components["schemas"]["ProtectionEvidence"][];
            extensionDays: number;
            failureReport: components["schemas"]["ProtectionFailureReport"] | null;
            fromCaseId: string | null;
            id: string;
            invalidationNo: string | null;
            /** @enum {string} */
            kind: "mediation" | "adjudication";
            mediator: {
                id: string;
                name: string;
                phone: string | null;
            } | null;
            /** @enum {string} */
            nextActor: "office" | "court" | "mediator" | "parties" | "applicant" | "respondent" | "none";
            notes: components["schemas"]["ProtectionNote"][];
            org: {
                id: string;
                name: string;
            };
            outcome: string | null;
            panel: components["schemas"]["ProtectionPanelMember"][];
            parties: components["schemas"]["ProtectionParty"][];
            pausedDays: number;
            periodDays: number | null;
            /** @enum {string|null} */
            procedure: "ordinary" | "simplified" | null;
            referringOrg: {
                id: string;
                name: string;
            } | null;
            regionCode: string;
            regionName: string;
            rights: components["schemas"]["ProtectionRight"][];
            /** @enum {string} */
            source: "application" | "courtPreFiling" | "courtInLitigation" | "officeReferral" | "mediationTransfer";
            /** @enum {string} */
            status: "submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final";
            summary: string;
            /** @enum {string|null} */
            terminationGround: "agreementReached" | "settledWithdrawn" | "unreachable" | "refusedToContinue" | "tooFarApart" | "periodExpired" | "refusedToSign" | "other" | null;
            transferDestination: string | null;
            updatedAt: string;
            viewer: {
                actions: string[];
                /** @description ids of the parties the caller may edit */
                canEditParties: string[];
                sides: ("office" | "court" | "mediator" | "applicant" | "respondent" | "system")[];
            };
        };
        ProtectionCaseDetailInput: {
            agreement: components["schemas"]["ProtectionAgreementInput"] | null;
            amountFen: number;
            caseNo: string;
            claims: string;
            confirmation: components["schemas"]["ProtectionConfirmationInput"] | null;
            court: {
                id: string;
                name: string;
            } | null;
            courtCaseNo: string | null;
            createdAt: string;
            /** @description receivedOn, admittedOn, assignedOn, acceptedOn, mediationEndedOn (mediation ended), endedOn (case closed), … as YYYY-MM-DD */
            dates: {
                [key: string]: string | null;
            };
            deadlines: components["schemas"]["ProtectionCaseDeadlineInput"][];
            decisionExtensionMonths: number;
            decisionResult: string | null;
            /** @enum {string} */
            disputeType: "patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other";
            documentNo: string | null;
            dueKind: string | null;
            dueOn: string | null;
            evidence: components["schemas"]["ProtectionEvidenceInput"][];
            extensionDays: number;
            failureReport: components["schemas"]["ProtectionFailureReportInput"] | null;
            fromCaseId: string | null;
            id: string;
            invalidationNo: string | null;
            /** @enum {string} */
            kind: "mediation" | "adjudication";
            mediator: {
                id: string;
                name: string;
                phone: string | null;
            } | null;
            /** @enum {string} */
            nextActor: "office" | "court" | "mediator" | "parties" | "applicant" | "respondent" | "none";
            notes: components["schemas"]["ProtectionNoteInput"][];
            org: {
                id: string;
                name: string;
            };
            outcome: string | null;
            panel: components["schemas"]["ProtectionPanelMemberInput"][];
            parties: components["schemas"]["ProtectionPartyInput"][];
            pausedDays: number;
            periodDays: number | null;
            /** @enum {string|null} */
            procedure: "ordinary" | "simplified" | null;
            referringOrg: {
                id: string;
                name: string;
            } | null;
            regionCode: string;
            regionName: string;
            rights: components["schemas"]["ProtectionRightInput"][];
            /** @enum {string} */
            source: "application" | "courtPreFiling" | "courtInLitigation" | "officeReferral" | "mediationTransfer";
            /** @enum {string} */
            status: "submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final";
            summary: string;
            /** @enum {string|null} */
            terminationGround: "agreementReached" | "settledWithdrawn" | "unreachable" | "refusedToContinue" | "tooFarApart" | "periodExpired" | "refusedToSign" | "other" | null;
            transferDestination: string | null;
            updatedAt: string;
            viewer: {
                actions: string[];
                /** @description ids of the parties the caller may edit */
                canEditParties: string[];
                sides: ("office" | "court" | "mediator" | "applicant" | "respondent" | "system")[];
            };
        };
        ProtectionCaseEvent: {
            action: string;
            actorName: string | null;
            at: string;
            detail: string | null;
            /** @enum {string|null} */
            fromStatus: "submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final" | null;
            id: string;
            onDate: string;
            /** @enum {string|null} */
            toStatus: "submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final" | null;
        };
        ProtectionCaseEventInput: {
            action: string;
            actorName: string | null;
            at: string;
            detail: string | null;
            /** @enum {string|null} */
            fromStatus: "submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final" | null;
            id: string;
            onDate: string;
            /** @enum {string|null} */
            toStatus: "submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final" | null;
        };
        ProtectionCaseListItem: {
            amountFen: number;
            applicantNames: string;
            caseNo: string;
            court: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            disputeType: "patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other";
            dueKind: string | null;
            dueOn: string | null;
            endedOn: string | null;
            id: string;
            /** @enum {string} */
            kind: "mediation" | "adjudication";
            mediator: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            nextActor: "office" | "court" | "mediator" | "parties" | "applicant" | "respondent" | "none";
            org: {
                id: string;
                name: string;
            };
            outcome: string | null;
            receivedOn: string;
            regionCode: string;
            respondentNames: string;
            /** @enum {string} */
            source: "application" | "courtPreFiling" | "courtInLitigation" | "officeReferral" | "mediationTransfer";
            /** @enum {string} */
            status: "submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final";
        };
        ProtectionCaseListItemInput: {
            amountFen: number;
            applicantNames: string;
            caseNo: string;
            court: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            disputeType: "patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other";
            dueKind: string | null;
            dueOn: string | null;
            endedOn: string | null;
            id: string;
            /** @enum {string} */
            kind: "mediation" | "adjudication";
            mediator: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            nextActor: "office" | "court" | "mediator" | "parties" | "applicant" | "respondent" | "none";
            org: {
                id: string;
                name: string;
            };
            outcome: string | null;
            receivedOn: string;
            regionCode: string;
            respondentNames: string;
            /** @enum {string} */
            source: "application" | "courtPreFiling" | "courtInLitigation" | "officeReferral" | "mediationTransfer";
            /** @enum {string} */
            status: "submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final";
        };
        ProtectionCasePage: {
            items: components["schemas"]["ProtectionCaseListItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ProtectionCasePageInput: {
            items: components["schemas"]["ProtectionCaseListItemInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ProtectionConfirmation: {
            acceptedOn: string | null;
            appliedOn: string | null;
            confirmationNo: string | null;
            /** @description party sides that have applied */
            consents: string[];
            court: {
                id: string;
                name: string;
            } | null;
            decidedOn: string | null;
            reason: string | null;
            /** @enum {string|null} */
            result: "confirmed" | "rejected" | "notAccepted" | null;
            rulingExtensionDays: number;
        };
        ProtectionConfirmationInput: {
            acceptedOn: string | null;
            appliedOn: string | null;
            confirmationNo: string | null;
            /** @description party sides that have applied */
            consents: string[];
            court: {
                id: string;
                name: string;
            } | null;
            decidedOn: string | null;
            reason: string | null;
            /** @enum {string|null} */
            result: "confirmed" | "rejected" | "notAccepted" | null;
            rulingExtensionDays: number;
        };
        ProtectionDeadlineRule: {
            citation: string;
            /** @enum {string} */
            code: "chooseMediator" | "designateMediator" | "mediatorAccept" | "contactRespondent" | "periodPreFiling" | "periodOrdinary" | "periodSimplified" | "confirmationApply" | "confirmationAcceptance" | "confirmationRuling" | "adjRegister" | "adjServe" | "adjAnswer" | "adjDecide" | "adjSue";
            extensionLength: number | null;
            id: string;
            length: number;
            pauses: string | null;
            regionName: string;
            regionPrefix: string;
            starts: string;
            /** @enum {string} */
            unit: "calendarDays" | "workingDays" | "months";
            updatedAt: string;
        };
        ProtectionDeadlineRuleInput: {
            citation: string;
            /** @enum {string} */
            code: "chooseMediator" | "designateMediator" | "mediatorAccept" | "contactRespondent" | "periodPreFiling" | "periodOrdinary" | "periodSimplified" | "confirmationApply" | "confirmationAcceptance" | "confirmationRuling" | "adjRegister" | "adjServe" | "adjAnswer" | "adjDecide" | "adjSue";
            extensionLength: number | null;
            id: string;
            length: number;
            pauses: string | null;
            regionName: string;
            regionPrefix: string;
            starts: string;
            /** @enum {string} */
            unit: "calendarDays" | "workingDays" | "months";
            updatedAt: string;
        };
        ProtectionDeadlineRuleUpsert: {
            citation: string;
            /** @enum {string} */
            code: "chooseMediator" | "designateMediator" | "mediatorAccept" | "contactRespondent" | "periodPreFiling" | "periodOrdinary" | "periodSimplified" | "confirmationApply" | "confirmationAcceptance" | "confirmationRuling" | "adjRegister" | "adjServe" | "adjAnswer" | "adjDecide" | "adjSue";
            extensionLength?: number | null;
            length: number;
            pauses: unknown;
            regionPrefix: string;
            /** @enum {string} */
            unit: "calendarDays" | "workingDays" | "months";
        };
        ProtectionDeadlineRuleUpsertInput: {
            citation: string;
            /** @enum {string} */
            code: "chooseMediator" | "designateMediator" | "mediatorAccept" | "contactRespondent" | "periodPreFiling" | "periodOrdinary" | "periodSimplified" | "confirmationApply" | "confirmationAcceptance" | "confirmationRuling" | "adjRegister" | "adjServe" | "adjAnswer" | "adjDecide" | "adjSue";
            extensionLength?: number | null;
            length: number;
            pauses?: string | null;
            regionPrefix: string;
            /** @enum {string} */
            unit: "calendarDays" | "workingDays" | "months";
        };
        ProtectionDelivery: {
            attempts: number;
            caseId: string;
            caseNo: string;
            createdAt: string;
            deliveredAt: string | null;
            eventType: string;
            lastError: string | null;
            lastStatus: number | null;
            nextAttemptAt: string | null;
            outboxId: string;
            /** @enum {string} */
            status: "pending" | "delivered";
            webhookId: string;
            webhookName: string;
        };
        ProtectionDeliveryInput: {
            attempts: number;
            caseId: string;
            caseNo: string;
            createdAt: string;
            deliveredAt: string | null;
            eventType: string;
            lastError: string | null;
            lastStatus: number | null;
            nextAttemptAt: string | null;
            outboxId: string;
            /** @enum {string} */
            status: "pending" | "delivered";
            webhookId: string;
            webhookName: string;
        };
        ProtectionDeliveryPage: {
            items: components["schemas"]["ProtectionDelivery"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ProtectionDeliveryPageInput: {
            items: components["schemas"]["ProtectionDeliveryInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ProtectionEvidence: {
            createdAt: string;
            fileName: string;
            id: string;
            mime: string;
            /** @enum {string} */
            side: "office" | "court" | "mediator" | "applicant" | "respondent" | "system";
            size: number;
            title: string;
            uploadedBy: string | null;
        };
        ProtectionEvidenceInput: {
            createdAt: string;
            fileName: string;
            id: string;
            mime: string;
            /** @enum {string} */
            side: "office" | "court" | "mediator" | "applicant" | "respondent" | "system";
            size: number;
            title: string;
            uploadedBy: string | null;
        };
        ProtectionFailureReport: {
            costConduct: string | null;
            notes: string | null;
            reportedBy: string;
            reportedOn: string;
            whatHappened: string;
            whyFailed: string;
        };
        ProtectionFailureReportInput: {
            costConduct: string | null;
            notes: string | null;
            reportedBy: string;
            reportedOn: string;
            whatHappened: string;
            whyFailed: string;
        };
        ProtectionHome: {
            cases: components["schemas"]["ProtectionCaseListItem"][];
            counts: components["schemas"]["HomeCount"][];
        };
        ProtectionHomeInput: {
            cases: components["schemas"]["ProtectionCaseListItemInput"][];
            counts: components["schemas"]["HomeCountInput"][];
        };
        ProtectionNote: {
            authorName: string;
            createdAt: string;
            id: string;
            text: string;
            /** @enum {string} */
            visibility: "applicant" | "respondent" | "all" | "internal";
        };
        ProtectionNoteCreate: {
            text: string;
            /** @enum {string} */
            visibility: "applicant" | "respondent" | "all" | "internal";
        };
        ProtectionNoteCreateInput: {
            text: string;
            /** @enum {string} */
            visibility: "applicant" | "respondent" | "all" | "internal";
        };
        ProtectionNoteInput: {
            authorName: string;
            createdAt: string;
            id: string;
            text: string;
            /** @enum {string} */
            visibility: "applicant" | "respondent" | "all" | "internal";
        };
        ProtectionOrgProfileUpsert: {
            caseCode: string;
            /** @default false */
            chargesFee: boolean;
            /** @default false */
            courtInvited: boolean;
            /** @default [] */
            disputeScope: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            /** Format: uuid */
            invitingCourtId?: string | null;
            /** @enum {string|null} */
            mediationType?: "people" | "administrative" | "industry" | "commercial" | null;
        };
        ProtectionOrgProfileUpsertInput: {
            caseCode: string;
            /** @default false */
            chargesFee: boolean;
            /** @default false */
            courtInvited: boolean;
            /** @default [] */
            disputeScope: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
            /** Format: uuid */
            invitingCourtId?: string | null;
            /** @enum {string|null} */
            mediationType?: "people" | "administrative" | "industry" | "commercial" | null;
        };
        ProtectionPanelMember: {
            id: string;
            name: string;
            presiding: boolean;
            recusalReason: string | null;
            recusedOn: string | null;
        };
        ProtectionPanelMemberInput: {
            id: string;
            name: string;
            presiding: boolean;
            recusalReason: string | null;
            recusedOn: string | null;
        };
        ProtectionParty: {
            address: string | null;
            /** @enum {string|null} */
            agentAuthority: "general" | "special" | null;
            agentName: string | null;
            agentPhone: string | null;
            id: string;
            idNumber: string | null;
            /** @enum {string} */
            kind: "organisation" | "person";
            name: string;
            orgId: string | null;
            phone: string | null;
            /** @enum {string} */
            role: "applicant" | "respondent";
            serviceAddress: string | null;
        };
        ProtectionPartyInput: {
            address: string | null;
            /** @enum {string|null} */
            agentAuthority: "general" | "special" | null;
            agentName: string | null;
            agentPhone: string | null;
            id: string;
            idNumber: string | null;
            /** @enum {string} */
            kind: "organisation" | "person";
            name: string;
            orgId: string | null;
            phone: string | null;
            /** @enum {string} */
            role: "applicant" | "respondent";
            serviceAddress: string | null;
        };
        ProtectionPartyUpdate: {
            address?: unknown;
            /** @enum {string|null} */
            agentAuthority?: "general" | "special" | null;
            agentName?: unknown;
            agentPhone?: unknown;
            /** @description credit code of an organisation, or ID number of a person */
            idNumber?: unknown;
            name?: string;
            phone?: unknown;
            /** @description electronic service address (e-mail or platform account) */
            serviceAddress?: unknown;
        };
        ProtectionPartyUpdateInput: {
            address?: string | null;
            /** @enum {string|null} */
            agentAuthority?: "general" | "special" | null;
            agentName?: string | null;
            agentPhone?: string | null;
            /** @description credit code of an organisation, or ID number of a person */
            idNumber?: string | null;
            name?: string;
            phone?: string | null;
            /** @description electronic service address (e-mail or platform account) */
            serviceAddress?: string | null;
        };
        ProtectionRight: {
            id: string;
            /** @enum {string} */
            kind: "invention" | "utilityModel" | "design" | "trademark" | "copyright" | "other";
            number: string;
            title: string | null;
        };
        ProtectionRightInput: {
            id: string;
            /** @enum {string} */
            kind: "invention" | "utilityModel" | "design" | "trademark" | "copyright" | "other";
            number: string;
            title: string | null;
        };
        ProtectionStatistics: {
            /** @description agreements open to judicial confirmation */
            agreements: number;
            /** @description acceptance to conclusion, calendar days */
            avgDurationDays: number | null;
            /** @description the period allowed for the same cases, extensions included */
            avgPeriodDays: number | null;
            byMediator: {
                avgDurationDays: number | null;
                cases: number;
                concluded: number;
                confirmationRate: number | null;
                confirmed: number;
                id: string;
                name: string;
                succeeded: number;
                successRate: number | null;
            }[];
            byOrg: {
                avgDurationDays: number | null;
                cases: number;
                concluded: number;
                confirmationRate: number | null;
                confirmed: number;
                id: string;
                name: string;
                succeeded: number;
                successRate: number | null;
            }[];
            byOutcome: {
                count: number;
                key: string;
                succeeded: number;
            }[];
            bySource: {
                count: number;
                key: string;
                succeeded: number;
            }[];
            byType: {
                count: number;
                key: string;
                succeeded: number;
            }[];
            /** @description ended with an agreement or a failure */
            concluded: number;
            confirmationRate: number | null;
            confirmed: number;
            from: string;
            open: number;
            succeeded: number;
            successRate: number | null;
            to: string;
            total: number;
            withinPeriodRate: number | null;
        };
        ProtectionStatisticsInput: {
            /** @description agreements open to judicial confirmation */
            agreements: number;
            /** @description acceptance to conclusion, calendar days */
            avgDurationDays: number | null;
            /** @description the period allowed for the same cases, extensions included */
            avgPeriodDays: number | null;
            byMediator: {
                avgDurationDays: number | null;
                cases: number;
                concluded: number;
                confirmationRate: number | null;
                confirmed: number;
                id: string;
                name: string;
                succeeded: number;
                successRate: number | null;
            }[];
            byOrg: {
                avgDurationDays: number | null;
                cases: number;
                concluded: number;
                confirmationRate: number | null;
                confirmed: number;
                id: string;
                name: string;
                succeeded: number;
                successRate: number | null;
            }[];
            byOutcome: {
                count: number;
                key: string;
                succeeded: number;
            }[];
            bySource: {
                count: number;
                key: string;
                succeeded: number;
            }[];
            byType: {
                count: number;
                key: string;
                succeeded: number;
            }[];
            /** @description ended with an agreement or a failure */
            concluded: number;
            confirmationRate: number | null;
            confirmed: number;
            from: string;
            open: number;
            succeeded: number;
            successRate: number | null;
            to: string;
            total: number;
            withinPeriodRate: number | null;
        };
        ProtectionWebhook: {
            active: boolean;
            court: {
                id: string;
                name: string;
            } | null;
            createdAt: string;
            delivered: number;
            hasSecret: boolean;
            id: string;
            name: string;
            pending: number;
            updatedAt: string;
            url: string;
        };
        ProtectionWebhookCreate: {
            /** @default true */
            active: boolean;
            /**
             * Format: uuid
             * @description only events of cases linked to this court; empty for every case
             */
            courtId?: string | null;
            name: string;
            /** @description signs each delivery: x-zhichan-signature = hex HMAC-SHA256 of the body */
            secret?: string | null;
            url: string;
        };
        ProtectionWebhookCreateInput: {
            /** @default true */
            active: boolean;
            /**
             * Format: uuid
             * @description only events of cases linked to this court; empty for every case
             */
            courtId?: string | null;
            name: string;
            /** @description signs each delivery: x-zhichan-signature = hex HMAC-SHA256 of the body */
            secret?: string | null;
            url: string;
        };
        ProtectionWebhookInput: {
            active: boolean;
            court: {
                id: string;
                name: string;
            } | null;
            createdAt: string;
            delivered: number;
            hasSecret: boolean;
            id: string;
            name: string;
            pending: number;
            updatedAt: string;
            url: string;
        };
        ProtectionWebhookUpdate: {
            active?: boolean;
            /**
             * Format: uuid
             * @description only events of cases linked to this court; empty for every case
             */
            courtId?: string | null;
            name?: string;
            /** @description signs each delivery: x-zhichan-signature = hex HMAC-SHA256 of the body */
            secret?: string | null;
            url?: string;
        };
        ProtectionWebhookUpdateInput: {
            active?: boolean;
            /**
             * Format: uuid
             * @description only events of cases linked to this court; empty for every case
             */
            courtId?: string | null;
            name?: string;
            /** @description signs each delivery: x-zhichan-signature = hex HMAC-SHA256 of the body */
            secret?: string | null;
            url?: string;
        };
        PublicArticle: {
            attachments: {
                id: string;
                mime: string;
                name: string;
                size: number;
            }[];
            authorOrgName: string;
            body: string;
            eventDate: string | null;
            /** @enum {string} */
            eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            eventRegionName: string | null;
            id: string;
            newsDate: string;
            source: string | null;
            sourceUrl: string | null;
            summary: string | null;
            title: string;
        };
        PublicArticleInput: {
            attachments: {
                id: string;
                mime: string;
                name: string;
                size: number;
            }[];
            authorOrgName: string;
            body: string;
            eventDate: string | null;
            /** @enum {string} */
            eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            eventRegionName: string | null;
            id: string;
            newsDate: string;
            source: string | null;
            sourceUrl: string | null;
            summary: string | null;
            title: string;
        };
        PublicNewsPage: {
            items: {
                attachments: {
                    id: string;
                    mime: string;
                    name: string;
                    size: number;
                }[];
                authorOrgName: string;
                eventDate: string | null;
                /** @enum {string} */
                eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
                eventRegionName: string | null;
                id: string;
                newsDate: string;
                source: string | null;
                sourceUrl: string | null;
                summary: string | null;
                title: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        PublicNewsPageInput: {
            items: {
                attachments: {
                    id: string;
                    mime: string;
                    name: string;
                    size: number;
                }[];
                authorOrgName: string;
                eventDate: string | null;
                /** @enum {string} */
                eventKind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
                eventRegionName: string | null;
                id: string;
                newsDate: string;
                source: string | null;
                sourceUrl: string | null;
                summary: string | null;
                title: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        RecoveryCreate: {
            amountFen: number;
            /** Format: date */
            on: string;
        };
        RecoveryCreateInput: {
            amountFen: number;
            /** Format: date */
            on: string;
        };
        Region: {
            code: string;
            /** @description name with its ancestors, e.g. 广东省深圳市坪山区 */
            fullName: string;
            hasChildren: boolean;
            /** @enum {string} */
            level: "province" | "city" | "county";
            name: string;
            parentCode: string | null;
        };
        RegionInput: {
            code: string;
            /** @description name with its ancestors, e.g. 广东省深圳市坪山区 */
            fullName: string;
            hasChildren: boolean;
            /** @enum {string} */
            level: "province" | "city" | "county";
            name: string;
            parentCode: string | null;
        };
        Register: {
            /** @description defaults to the signed-in user */
            name: unknown;
            /**
             * Format: uuid
             * @description organisers registering someone of an invited unit
             */
            orgId?: string | null;
            title: unknown;
        };
        RegisterInput: {
            /** @description defaults to the signed-in user */
            name?: string | null;
            /**
             * Format: uuid
             * @description organisers registering someone of an invited unit
             */
            orgId?: string | null;
            title?: string | null;
        };
        Registration: {
            cancelledAt: string | null;
            checkedInAt: string | null;
            /** @description check-in code; shown to the registrant and the organisers only */
            code: string | null;
            id: string;
            meetingId: string;
            name: string;
            orgId: string;
            orgName: string;
            promotedAt: string | null;
            registeredAt: string;
            /** @enum {string} */
            status: "registered" | "waitlisted" | "cancelled";
            title: string | null;
            userId: string | null;
            waitlistPosition: number | null;
        };
        RegistrationInput: {
            cancelledAt: string | null;
            checkedInAt: string | null;
            /** @description check-in code; shown to the registrant and the organisers only */
            code: string | null;
            id: string;
            meetingId: string;
            name: string;
            orgId: string;
            orgName: string;
            promotedAt: string | null;
            registeredAt: string;
            /** @enum {string} */
            status: "registered" | "waitlisted" | "cancelled";
            title: string | null;
            userId: string | null;
            waitlistPosition: number | null;
        };
        RegistrationPage: {
            items: components["schemas"]["Registration"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RegistrationPageInput: {
            items: components["schemas"]["RegistrationInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        Repayment: {
            /** Format: uuid */
            id: string;
            interestFen: number;
            /** Format: uuid */
            loanId: string;
            paidOn: string;
            principalFen: number;
        };
        RepaymentCreate: {
            interestFen: number;
            /** Format: date */
            paidOn: string;
            principalFen: number;
        };
        RepaymentCreateInput: {
            interestFen: number;
            /** Format: date */
            paidOn: string;
            principalFen: number;
        };
        RepaymentInput: {
            /** Format: uuid */
            id: string;
            interestFen: number;
            /** Format: uuid */
            loanId: string;
            paidOn: string;
            principalFen: number;
        };
        ReportedFigure: {
            articleId: string | null;
            articleTitle: string | null;
            createdAt: string;
            id: string;
            indicator: string;
            indicatorId: string | null;
            orgName: string;
            regionCode: string | null;
            regionName: string | null;
            source: string | null;
            unit: string;
            value: number;
            year: number | null;
        };
        ReportedFigureInput: {
            articleId: string | null;
            articleTitle: string | null;
            createdAt: string;
            id: string;
            indicator: string;
            indicatorId: string | null;
            orgName: string;
            regionCode: string | null;
            regionName: string | null;
            source: string | null;
            unit: string;
            value: number;
            year: number | null;
        };
        ReportedFigurePage: {
            items: components["schemas"]["ReportedFigure"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ReportedFigurePageInput: {
            items: components["schemas"]["ReportedFigureInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ReportedMeeting: {
            /** @default [] */
            agreements: {
                /**
                 * @default agreement
                 * @enum {string}
                 */
                kind: "agreement" | "framework" | "memorandum";
                /** @default [] */
                parties: string[];
                title: string;
            }[];
            attendeeCount?: number | null;
            /** @default [] */
            attendees: {
                name: string;
                orgName?: string | null;
                title: string | null;
            }[];
            endsAt?: string | null;
            /** @enum {string} */
            kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /**
             * @default offline
             * @enum {string}
             */
            mode: "offline" | "online" | "hybrid";
            onlineAudience?: number | null;
            orgs?: {
                name: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            regionCode: string;
            /** Format: uuid */
            sourceArticleId?: string | null;
            startsAt: string;
            summary?: string | null;
            theme?: string | null;
            title: string;
            /** @default [] */
            unveilings: {
                /** @default [] */
                by: string[];
                what: string;
            }[];
            venue?: string | null;
        };
        ReportedMeetingInput: {
            /** @default [] */
            agreements: {
                /**
                 * @default agreement
                 * @enum {string}
                 */
                kind: "agreement" | "framework" | "memorandum";
                /** @default [] */
                parties: string[];
                title: string;
            }[];
            attendeeCount?: number | null;
            /** @default [] */
            attendees: {
                name: string;
                orgName?: string | null;
                title: string | null;
            }[];
            endsAt?: string | null;
            /** @enum {string} */
            kind: "plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training";
            /**
             * @default offline
             * @enum {string}
             */
            mode: "offline" | "online" | "hybrid";
            onlineAudience?: number | null;
            orgs?: {
                name: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            regionCode: string;
            /** Format: uuid */
            sourceArticleId?: string | null;
            startsAt: string;
            summary?: string | null;
            theme?: string | null;
            title: string;
            /** @default [] */
            unveilings: {
                /** @default [] */
                by: string[];
                what: string;
            }[];
            venue?: string | null;
        };
        ReportFacts: {
            agreements: string[];
            attendeeCount: number | null;
            eventDate: string | null;
            eventOrgs: {
                name: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            /** @enum {string} */
            kind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            onlineAudience: number | null;
            organizations: string[];
            people: {
                name: string;
                title: string;
            }[];
            publishDate: string | null;
            region: {
                code: string | null;
                name: string | null;
            };
            source: string | null;
            statistics: {
                indicator: string;
                region: {
                    code: string | null;
                    name: string | null;
                };
                unit: string;
                value: number;
                year: number | null;
            }[];
            title: string | null;
            unveilings: {
                by: string[];
                what: string;
            }[];
            venue: string | null;
        };
        ReportFactsInput: {
            agreements: string[];
            attendeeCount: number | null;
            eventDate: string | null;
            eventOrgs: {
                name: string;
                /** @enum {string} */
                role: "host" | "organiser" | "coOrganiser";
            }[];
            /** @enum {string} */
            kind: "jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other";
            /** @enum {string} */
            mode: "offline" | "online" | "hybrid";
            onlineAudience: number | null;
            organizations: string[];
            people: {
                name: string;
                title: string;
            }[];
            publishDate: string | null;
            region: {
                code: string | null;
                name: string | null;
            };
            source: string | null;
            statistics: {
                indicator: string;
                region: {
                    code: string | null;
                    name: string | null;
                };
                unit: string;
                value: number;
                year: number | null;
            }[];
            title: string | null;
            unveilings: {
                by: string[];
                what: string;
            }[];
            venue: string | null;
        };
        ResetPassword: {
            password: string;
        };
        ResetPasswordInput: {
            password: string;
        };
        Resolution: {
            dueDate: string | null;
            id: string;
            leadOrgId: string | null;
            leadOrgName: string | null;
            meetingId: string;
            meetingTitle: string;
            regionCode: string;
            seq: number;
            taskId: string | null;
            text: string;
        };
        ResolutionCreate: {
            /** Format: date */
            dueDate?: string | null;
            /** Format: uuid */
            leadOrgId?: string | null;
            text: string;
        };
        ResolutionCreateInput: {
            /** Format: date */
            dueDate?: string | null;
            /** Format: uuid */
            leadOrgId?: string | null;
            text: string;
        };
        ResolutionInput: {
            dueDate: string | null;
            id: string;
            leadOrgId: string | null;
            leadOrgName: string | null;
            meetingId: string;
            meetingTitle: string;
            regionCode: string;
            seq: number;
            taskId: string | null;
            text: string;
        };
        ResolutionUpdate: {
            /** Format: date */
            dueDate?: string | null;
            /** Format: uuid */
            leadOrgId?: string | null;
            text?: string;
        };
        ResolutionUpdateInput: {
            /** Format: date */
            dueDate?: string | null;
            /** Format: uuid */
            leadOrgId?: string | null;
            text?: string;
        };
        ReturnReport: {
            comment: string;
        };
        ReturnReportInput: {
            comment: string;
        };
        Review: {
            comment: unknown;
        };
        ReviewInput: {
            comment?: string | null;
        };
        RoleInfo: {
            /** @enum {string} */
            code: "admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer";
            /** @enum {string} */
            dataScope: "all" | "region" | "org" | "own";
            name: string;
            userCount: number;
        };
        RoleInfoInput: {
            /** @enum {string} */
            code: "admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer";
            /** @enum {string} */
            dataScope: "all" | "region" | "org" | "own";
            name: string;
            userCount: number;
        };
        RoleUpdate: {
            /** @enum {string} */
            dataScope: "all" | "region" | "org" | "own";
        };
        RoleUpdateInput: {
            /** @enum {string} */
            dataScope: "all" | "region" | "org" | "own";
        };
        SearchResult: {
            items: {
                date: string | null;
                entityId: string;
                entityType: string;
                kind: string | null;
                rank: number;
                regionCode: string | null;
                regionName: string | null;
                snippet: {
                    hit: boolean;
                    text: string;
                }[];
                title: string;
                titleHighlight: {
                    hit: boolean;
                    text: string;
                }[];
                url: string;
                /** @enum {string} */
                visibility: "public" | "internal";
            }[];
            page: number;
            pageSize: number;
            terms: string[];
            total: number;
        };
        SearchResultInput: {
            items: {
                date: string | null;
                entityId: string;
                entityType: string;
                kind: string | null;
                rank: number;
                regionCode: string | null;
                regionName: string | null;
                snippet: {
                    hit: boolean;
                    text: string;
                }[];
                title: string;
                titleHighlight: {
                    hit: boolean;
                    text: string;
                }[];
                url: string;
                /** @enum {string} */
                visibility: "public" | "internal";
            }[];
            page: number;
            pageSize: number;
            terms: string[];
            total: number;
        };
        Securitisation: {
            amountFen: number;
            canManage: boolean;
            enterpriseCount: number;
            enterprises: {
                id: string;
                name: string;
            }[];
            id: string;
            issueDate: string;
            issuer: string;
            maturityDate: string;
            name: string;
            note: string | null;
            regionCode: string;
            regionName: string;
            termMonths: number;
            trancheCount: number;
            tranches: components["schemas"]["SecuritisationTrancheOut"][];
            underlying: string;
            updatedAt: string;
        };
        SecuritisationCreate: {
            amountFen: number;
            /** @default [] */
            enterpriseOrgIds: string[];
            /** Format: date */
            issueDate: string;
            issuer: string;
            name: string;
            note: unknown;
            regionCode: string;
            termMonths: number;
            tranches: components["schemas"]["SecuritisationTranche"][];
            underlying: string;
        };
        SecuritisationCreateInput: {
            amountFen: number;
            /** @default [] */
            enterpriseOrgIds: string[];
            /** Format: date */
            issueDate: string;
            issuer: string;
            name: string;
            note?: string | null;
            regionCode: string;
            termMonths: number;
            tranches: components["schemas"]["SecuritisationTrancheInput"][];
            underlying: string;
        };
        SecuritisationInput: {
            amountFen: number;
            canManage: boolean;
            enterpriseCount: number;
            enterprises: {
                id: string;
                name: string;
            }[];
            id: string;
            issueDate: string;
            issuer: string;
            maturityDate: string;
            name: string;
            note: string | null;
            regionCode: string;
            regionName: string;
            termMonths: number;
            trancheCount: number;
            tranches: components["schemas"]["SecuritisationTrancheOutInput"][];
            underlying: string;
            updatedAt: string;
        };
        SecuritisationPage: {
            items: components["schemas"]["SecuritisationSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SecuritisationPageInput: {
            items: components["schemas"]["SecuritisationSummaryInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SecuritisationSummary: {
            amountFen: number;
            enterpriseCount: number;
            id: string;
            issueDate: string;
            issuer: string;
            name: string;
            regionCode: string;
            regionName: string;
            termMonths: number;
            trancheCount: number;
            updatedAt: string;
        };
        SecuritisationSummaryInput: {
            amountFen: number;
            enterpriseCount: number;
            id: string;
            issueDate: string;
            issuer: string;
            name: string;
            regionCode: string;
            regionName: string;
            termMonths: number;
            trancheCount: number;
            updatedAt: string;
        };
        SecuritisationTranche: {
            amountFen: number;
            couponBp?: number | null;
            name: string;
            rating: unknown;
            /** @enum {string} */
            trancheClass: "senior" | "mezzanine" | "subordinate";
        };
        SecuritisationTrancheInput: {
            amountFen: number;
            couponBp?: number | null;
            name: string;
            rating?: string | null;
            /** @enum {string} */
            trancheClass: "senior" | "mezzanine" | "subordinate";
        };
        SecuritisationTrancheOut: {
            amountFen: number;
            couponBp: number | null;
            name: string;
            rating: string | null;
            /** @enum {string} */
            trancheClass: "senior" | "mezzanine" | "subordinate";
        };
        SecuritisationTrancheOutInput: {
            amountFen: number;
            couponBp: number | null;
            name: string;
            rating: string | null;
            /** @enum {string} */
            trancheClass: "senior" | "mezzanine" | "subordinate";
        };
        SecuritisationUpdate: {
            amountFen?: number;
            /** @default [] */
            enterpriseOrgIds: string[];
            /** Format: date */
            issueDate?: string;
            issuer?: string;
            name?: string;
            note?: unknown;
            regionCode?: string;
            termMonths?: number;
            tranches?: components["schemas"]["SecuritisationTranche"][];
            underlying?: string;
        };
        SecuritisationUpdateInput: {
            amountFen?: number;
            /** @default [] */
            enterpriseOrgIds: string[];
            /** Format: date */
            issueDate?: string;
            issuer?: string;
            name?: string;
            note?: string | null;
            regionCode?: string;
            termMonths?: number;
            tranches?: components["schemas"]["SecuritisationTrancheInput"][];
            underlying?: string;
        };
        SessionState: {
            /** @description a session cookie was sent but the session has ended */
            expired: boolean;
            me: components["schemas"]["Me"] | null;
        };
        SessionStateInput: {
            /** @description a session cookie was sent but the session has ended */
            expired: boolean;
            me: components["schemas"]["MeInput"] | null;
        };
        Signing: {
            amountFen: number;
            bankName: string;
            bankOrgId: string;
            enterpriseName: string;
            enterpriseOrgId: string;
            id: string;
            /** @enum {string} */
            kind: "loan" | "intention";
            loanContractNo: string | null;
            loanId: string | null;
            meetingId: string;
            meetingTitle: string;
            note: string | null;
            regionCode: string;
            signedOn: string;
        };
        SigningCreate: {
            amountFen: number;
            /** Format: uuid */
            bankOrgId: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            /** @enum {string} */
            kind: "loan" | "intention";
            /**
             * Format: uuid
             * @description the loan signed; required for a loan signing
             */
            loanId?: string | null;
            note: unknown;
            /** Format: date */
            signedOn: string;
        };
        SigningCreateInput: {
            amountFen: number;
            /** Format: uuid */
            bankOrgId: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            /** @enum {string} */
            kind: "loan" | "intention";
            /**
             * Format: uuid
             * @description the loan signed; required for a loan signing
             */
            loanId?: string | null;
            note?: string | null;
            /** Format: date */
            signedOn: string;
        };
        SigningInput: {
            amountFen: number;
            bankName: string;
            bankOrgId: string;
            enterpriseName: string;
            enterpriseOrgId: string;
            id: string;
            /** @enum {string} */
            kind: "loan" | "intention";
            loanContractNo: string | null;
            loanId: string | null;
            meetingId: string;
            meetingTitle: string;
            note: string | null;
            regionCode: string;
            signedOn: string;
        };
        SigningPage: {
            items: components["schemas"]["Signing"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SigningPageInput: {
            items: components["schemas"]["SigningInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsBaseline: {
            area: number | null;
            areaSource: string | null;
            gdp: number | null;
            gdpSource: string | null;
            population: number | null;
            populationSource: string | null;
            regionCode: string;
            regionName: string;
            updatedAt: string;
            year: number;
        };
        StatsBaselineInput: {
            area: number | null;
            areaSource: string | null;
            gdp: number | null;
            gdpSource: string | null;
            population: number | null;
            populationSource: string | null;
            regionCode: string;
            regionName: string;
            updatedAt: string;
            year: number;
        };
        StatsBaselineItem: {
            area: number | null;
            areaSource: string | null;
            canEdit: boolean;
            gdp: number | null;
            gdpSource: string | null;
            population: number | null;
            populationSource: string | null;
            regionCode: string;
            regionName: string;
            updatedAt: string;
            year: number;
        };
        StatsBaselineItemInput: {
            area: number | null;
            areaSource: string | null;
            canEdit: boolean;
            gdp: number | null;
            gdpSource: string | null;
            population: number | null;
            populationSource: string | null;
            regionCode: string;
            regionName: string;
            updatedAt: string;
            year: number;
        };
        StatsBaselinePage: {
            items: components["schemas"]["StatsBaselineItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsBaselinePageInput: {
            items: components["schemas"]["StatsBaselineItemInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsBaselineUpsert: {
            /** @description land area in km² */
            area: unknown;
            areaSource: unknown;
            /** @description GDP in 亿元 */
            gdp: unknown;
            gdpSource: unknown;
            /** @description year-end resident population in 万人 */
            population: unknown;
            populationSource: unknown;
            /** @description GB/T 2260 code or 000000 for the country */
            regionCode: string;
            year: number;
        };
        StatsBaselineUpsertInput: {
            /** @description land area in km² */
            area?: number | null;
            areaSource?: string | null;
            /** @description GDP in 亿元 */
            gdp?: number | null;
            gdpSource?: string | null;
            /** @description year-end resident population in 万人 */
            population?: number | null;
            populationSource?: string | null;
            /** @description GB/T 2260 code or 000000 for the country */
            regionCode: string;
            year: number;
        };
        StatsCatalogueEntry: {
            formula: string;
            /** @enum {string} */
            id: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
            /** @enum {string} */
            kind: "count" | "ratio";
            name: string;
            nameEn: string;
            source: string;
            unit: string;
            /** @enum {string} */
            variant: "domestic" | "all";
            version: string;
        };
        StatsCatalogueEntryInput: {
            formula: string;
            /** @enum {string} */
            id: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
            /** @enum {string} */
            kind: "count" | "ratio";
            name: string;
            nameEn: string;
            source: string;
            unit: string;
            /** @enum {string} */
            variant: "domestic" | "all";
            version: string;
        };
        StatsCompare: {
            indicator: {
                decimals: number;
                /** @enum {string} */
                id: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                name: string;
                unit: string;
            };
            items: {
                /** @enum {string|null} */
                basis: "records" | "figures" | "mixed" | null;
                rank: number | null;
                regionCode: string;
                regionName: string;
                value: number | null;
            }[];
            region: {
                code: string;
                fullName: string;
                /** @enum {string} */
                level: "nation" | "province" | "city" | "county";
                name: string;
            };
            year: number;
        };
        StatsCompareInput: {
            indicator: {
                decimals: number;
                /** @enum {string} */
                id: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                name: string;
                unit: string;
            };
            items: {
                /** @enum {string|null} */
                basis: "records" | "figures" | "mixed" | null;
                rank: number | null;
                regionCode: string;
                regionName: string;
                value: number | null;
            }[];
            region: {
                code: string;
                fullName: string;
                /** @enum {string} */
                level: "nation" | "province" | "city" | "county";
                name: string;
            };
            year: number;
        };
        StatsDashboard: {
            cards: components["schemas"]["StatsIndicatorValue"][];
            /** @description label of the sub-regions compared (区、市), null when there are none */
            childLevel: string | null;
            narrative: string;
            publishedAt: string | null;
            region: {
                code: string;
                fullName: string;
                /** @enum {string} */
                level: "nation" | "province" | "city" | "county";
                name: string;
            };
            year: number | null;
            /** @description years with values for this region */
            years: number[];
        };
        StatsDashboardInput: {
            cards: components["schemas"]["StatsIndicatorValueInput"][];
            /** @description label of the sub-regions compared (区、市), null when there are none */
            childLevel: string | null;
            narrative: string;
            publishedAt: string | null;
            region: {
                code: string;
                fullName: string;
                /** @enum {string} */
                level: "nation" | "province" | "city" | "county";
                name: string;
            };
            year: number | null;
            /** @description years with values for this region */
            years: number[];
        };
        StatsFigure: {
            /** @enum {string} */
            measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
            measureName: string;
            regionCode: string;
            regionName: string;
            source: string;
            updatedAt: string;
            value: number;
            year: number;
        };
        StatsFigureInput: {
            /** @enum {string} */
            measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
            measureName: string;
            regionCode: string;
            regionName: string;
            source: string;
            updatedAt: string;
            value: number;
            year: number;
        };
        StatsFigureItem: {
            canEdit: boolean;
            /** @enum {string} */
            measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
            measureName: string;
            regionCode: string;
            regionName: string;
            source: string;
            updatedAt: string;
            value: number;
            year: number;
        };
        StatsFigureItemInput: {
            canEdit: boolean;
            /** @enum {string} */
            measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
            measureName: string;
            regionCode: string;
            regionName: string;
            source: string;
            updatedAt: string;
            value: number;
            year: number;
        };
        StatsFigurePage: {
            items: components["schemas"]["StatsFigureItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsFigurePageInput: {
            items: components["schemas"]["StatsFigureItemInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsFigureUpsert: {
            /** @enum {string} */
            measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
            /** @description GB/T 2260 code or 000000 for the country */
            regionCode: string;
            source: string;
            /** @description a count; a stock at year end */
            value: number;
            year: number;
        };
        StatsFigureUpsertInput: {
            /** @enum {string} */
            measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
            /** @description GB/T 2260 code or 000000 for the country */
            regionCode: string;
            source: string;
            /** @description a count; a stock at year end */
            value: number;
            year: number;
        };
        StatsGi: {
            giNo: string;
            holderName: string | null;
            /** @enum {string} */
            kind: "product" | "trademark" | "agricultural";
            name: string;
            regionCode: string;
            regionName: string;
            registrationDate: string;
            /** @enum {string} */
            status: "valid" | "revoked";
            statusDate: string | null;
            updatedAt: string;
        };
        StatsGiInput: {
            giNo: string;
            holderName: string | null;
            /** @enum {string} */
            kind: "product" | "trademark" | "agricultural";
            name: string;
            regionCode: string;
            regionName: string;
            registrationDate: string;
            /** @enum {string} */
            status: "valid" | "revoked";
            statusDate: string | null;
            updatedAt: string;
        };
        StatsGiPage: {
            items: components["schemas"]["StatsGi"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsGiPageInput: {
            items: components["schemas"]["StatsGiInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsImportHistory: {
            createdAt: string;
            createdByName: string | null;
            errorCount: number;
            fileName: string;
            finishedAt: string | null;
            id: string;
            inserted: number;
            /** @enum {string} */
            kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            total: number;
            unchanged: number;
            updated: number;
        };
        StatsImportHistoryInput: {
            createdAt: string;
            createdByName: string | null;
            errorCount: number;
            fileName: string;
            finishedAt: string | null;
            id: string;
            inserted: number;
            /** @enum {string} */
            kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            total: number;
            unchanged: number;
            updated: number;
        };
        StatsImportHistoryPage: {
            items: components["schemas"]["StatsImportHistory"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsImportHistoryPageInput: {
            items: components["schemas"]["StatsImportHistoryInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsImportPreview: {
            fields: {
                header: string;
                key: string;
                note: string;
                required: boolean;
            }[];
            fileId: string;
            fileName: string;
            headers: string[];
            /** @enum {string} */
            kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            /** @description field key → file column header (suggested) */
            mapping: {
                [key: string]: string | null;
            };
            sample: string[][];
        };
        StatsImportPreviewInput: {
            fields: {
                header: string;
                key: string;
                note: string;
                required: boolean;
            }[];
            fileId: string;
            fileName: string;
            headers: string[];
            /** @enum {string} */
            kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            /** @description field key → file column header (suggested) */
            mapping: {
                [key: string]: string | null;
            };
            sample: string[][];
        };
        StatsImportReport: {
            errorCount: number;
            /** @description the first errors (all of them up to 1,000) */
            errors: {
                field: string;
                message: string;
                row: number;
            }[];
            /** @description inserted + updated */
            imported: number;
            inserted: number;
            /** @enum {string} */
            kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            /** @description milliseconds spent reading, checking, merging and refreshing */
            phasesMs?: {
                [key: string]: number;
            };
            total: number;
            unchanged: number;
            updated: number;
        };
        StatsImportReportInput: {
            errorCount: number;
            /** @description the first errors (all of them up to 1,000) */
            errors: {
                field: string;
                message: string;
                row: number;
            }[];
            /** @description inserted + updated */
            imported: number;
            inserted: number;
            /** @enum {string} */
            kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            /** @description milliseconds spent reading, checking, merging and refreshing */
            phasesMs?: {
                [key: string]: number;
            };
            total: number;
            unchanged: number;
            updated: number;
        };
        StatsImportStart: {
            /** Format: uuid */
            fileId: string;
            /** @enum {string} */
            kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            /** @description field key → file column header; null leaves the field empty */
            mapping: {
                [key: string]: string | null;
            };
        };
        StatsImportStartInput: {
            /** Format: uuid */
            fileId: string;
            /** @enum {string} */
            kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            /** @description field key → file column header; null leaves the field empty */
            mapping: {
                [key: string]: string | null;
            };
        };
        StatsIndicatorValue: {
            /** @enum {string|null} */
            basis: "records" | "figures" | "mixed" | null;
            basisNote: string | null;
            decimals: number;
            definition: {
                formula: string;
                source: string;
                version: string;
            };
            denominator: number | null;
            /** @enum {string} */
            id: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
            /** @enum {string} */
            kind: "count" | "ratio";
            name: string;
            /** @description the national level of a ratio indicator (null for counts) */
            nationalAverage: number | null;
            /** @description the whole country: total for counts, national level for ratios */
            nationalValue: number | null;
            numerator: number | null;
            peer2Label: string | null;
            /** @description e.g. 全国大中城市, 全市各区 */
            peerLabel: string | null;
            /** @description the value of the year before */
            previous: number | null;
            rank: number | null;
            rank2: number | null;
            rank2Of: number | null;
            rankOf: number | null;
            ratioToNational: number | null;
            /** @description consecutive years up to this one ranked first among peers (0 when not first) */
            streak: number;
            targets: {
                progress: number | null;
                targetValue: number;
                taskTitle: string;
                workPlanTitle: string;
            }[];
            unit: string;
            value: number | null;
            /** @description year-on-year change as a ratio (0.12 = +12%) */
            yoy: number | null;
        };
        StatsIndicatorValueInput: {
            /** @enum {string|null} */
            basis: "records" | "figures" | "mixed" | null;
            basisNote: string | null;
            decimals: number;
            definition: {
                formula: string;
                source: string;
                version: string;
            };
            denominator: number | null;
            /** @enum {string} */
            id: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
            /** @enum {string} */
            kind: "count" | "ratio";
            name: string;
            /** @description the national level of a ratio indicator (null for counts) */
            nationalAverage: number | null;
            /** @description the whole country: total for counts, national level for ratios */
            nationalValue: number | null;
            numerator: number | null;
            peer2Label: string | null;
            /** @description e.g. 全国大中城市, 全市各区 */
            peerLabel: string | null;
            /** @description the value of the year before */
            previous: number | null;
            rank: number | null;
            rank2: number | null;
            rank2Of: number | null;
            rankOf: number | null;
            ratioToNational: number | null;
            /** @description consecutive years up to this one ranked first among peers (0 when not first) */
            streak: number;
            targets: {
                progress: number | null;
                targetValue: number;
                taskTitle: string;
                workPlanTitle: string;
            }[];
            unit: string;
            value: number | null;
            /** @description year-on-year change as a ratio (0.12 = +12%) */
            yoy: number | null;
        };
        StatsPatent: {
            applicationDate: string;
            applicationNo: string;
            /** @enum {string|null} */
            award: "nationalSciTech" | "chinaPatentAward" | null;
            grantDate: string | null;
            /** @description which of the five high-value criteria hold today (empty when none) */
            highValueReasons: string[];
            /** @enum {string} */
            holderKind: "enterprise" | "university" | "institute" | "individual" | "foreign";
            holderName: string;
            /** @enum {string} */
            legalStatus: "pending" | "valid" | "lapsed" | "invalidated" | "expired" | "rejected" | "withdrawn";
            mainIpc: string | null;
            overseasFamily: boolean;
            pledgeAmountYuan: number | null;
            regionCode: string | null;
            regionName: string | null;
            seiCode: string | null;
            statusDate: string | null;
            title: string | null;
            /** @enum {string} */
            type: "invention" | "utilityModel" | "design";
            updatedAt: string;
        };
        StatsPatentInput: {
            applicationDate: string;
            applicationNo: string;
            /** @enum {string|null} */
            award: "nationalSciTech" | "chinaPatentAward" | null;
            grantDate: string | null;
            /** @description which of the five high-value criteria hold today (empty when none) */
            highValueReasons: string[];
            /** @enum {string} */
            holderKind: "enterprise" | "university" | "institute" | "individual" | "foreign";
            holderName: string;
            /** @enum {string} */
            legalStatus: "pending" | "valid" | "lapsed" | "invalidated" | "expired" | "rejected" | "withdrawn";
            mainIpc: string | null;
            overseasFamily: boolean;
            pledgeAmountYuan: number | null;
            regionCode: string | null;
            regionName: string | null;
            seiCode: string | null;
            statusDate: string | null;
            title: string | null;
            /** @enum {string} */
            type: "invention" | "utilityModel" | "design";
            updatedAt: string;
        };
        StatsPatentPage: {
            items: components["schemas"]["StatsPatent"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsPatentPageInput: {
            items: components["schemas"]["StatsPatentInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsPct: {
            applicantName: string;
            filingDate: string;
            /** @enum {string} */
            holderKind: "enterprise" | "university" | "institute" | "individual" | "foreign";
            mainIpc: string | null;
            pctNo: string;
            regionCode: string | null;
            regionName: string | null;
            title: string | null;
            updatedAt: string;
        };
        StatsPctInput: {
            applicantName: string;
            filingDate: string;
            /** @enum {string} */
            holderKind: "enterprise" | "university" | "institute" | "individual" | "foreign";
            mainIpc: string | null;
            pctNo: string;
            regionCode: string | null;
            regionName: string | null;
            title: string | null;
            updatedAt: string;
        };
        StatsPctPage: {
            items: components["schemas"]["StatsPct"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsPctPageInput: {
            items: components["schemas"]["StatsPctInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsPublication: {
            indicatorCount: number;
            narrative: string;
            publishedAt: string;
            publishedByName: string | null;
            regionCode: string;
            regionName: string;
            year: number;
        };
        StatsPublicationInput: {
            indicatorCount: number;
            narrative: string;
            publishedAt: string;
            publishedByName: string | null;
            regionCode: string;
            regionName: string;
            year: number;
        };
        StatsPublicationPage: {
            items: components["schemas"]["StatsPublication"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsPublicationPageInput: {
            items: components["schemas"]["StatsPublicationInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsPublish: {
            /**
             * @description also publish the sub-regions (districts) of the region
             * @default false
             */
            includeChildren: boolean;
            regionCode: string;
            year: number;
        };
        StatsPublishInput: {
            /**
             * @description also publish the sub-regions (districts) of the region
             * @default false
             */
            includeChildren: boolean;
            regionCode: string;
            year: number;
        };
        StatsRankingPage: {
            items: {
                /** @enum {string|null} */
                basis: "records" | "figures" | "mixed" | null;
                rank: number | null;
                regionCode: string;
                regionName: string;
                value: number | null;
                yoy: number | null;
            }[];
            page: number;
            pageSize: number;
            peerLabel: string;
            rankOf: number;
            total: number;
        };
        StatsRankingPageInput: {
            items: {
                /** @enum {string|null} */
                basis: "records" | "figures" | "mixed" | null;
                rank: number | null;
                regionCode: string;
                regionName: string;
                value: number | null;
                yoy: number | null;
            }[];
            page: number;
            pageSize: number;
            peerLabel: string;
            rankOf: number;
            total: number;
        };
        StatsReport: {
            createdAt: string;
            createdByName: string | null;
            id: string;
            pdfFileId: string;
            pdfSize: number;
            regionCode: string;
            regionName: string;
            title: string;
            xlsxFileId: string;
            year: number;
        };
        StatsReportInput: {
            createdAt: string;
            createdByName: string | null;
            id: string;
            pdfFileId: string;
            pdfSize: number;
            regionCode: string;
            regionName: string;
            title: string;
            xlsxFileId: string;
            year: number;
        };
        StatsReportPage: {
            items: components["schemas"]["StatsReport"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsReportPageInput: {
            items: components["schemas"]["StatsReportInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsReportStart: {
            regionCode: string;
            year: number;
        };
        StatsReportStartInput: {
            regionCode: string;
            year: number;
        };
        StatsSettings: {
            /** @description pledge amount (yuan) from which an invention patent counts as high-value */
            pledgeThresholdYuan: number;
        };
        StatsSettingsInput: {
            /** @description pledge amount (yuan) from which an invention patent counts as high-value */
            pledgeThresholdYuan: number;
        };
        StatsTrademark: {
            /** @enum {string} */
            holderKind: "enterprise" | "university" | "institute" | "individual" | "foreign";
            holderName: string;
            madrid: boolean;
            markName: string | null;
            niceClass: number;
            regionCode: string | null;
            regionName: string | null;
            registrationDate: string;
            registrationNo: string;
            /** @enum {string} */
            status: "registered" | "cancelled" | "revoked" | "invalidated" | "expired";
            statusDate: string | null;
            updatedAt: string;
        };
        StatsTrademarkInput: {
            /** @enum {string} */
            holderKind: "enterprise" | "university" | "institute" | "individual" | "foreign";
            holderName: string;
            madrid: boolean;
            markName: string | null;
            niceClass: number;
            regionCode: string | null;
            regionName: string | null;
            registrationDate: string;
            registrationNo: string;
            /** @enum {string} */
            status: "registered" | "cancelled" | "revoked" | "invalidated" | "expired";
            statusDate: string | null;
            updatedAt: string;
        };
        StatsTrademarkPage: {
            items: components["schemas"]["StatsTrademark"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsTrademarkPageInput: {
            items: components["schemas"]["StatsTrademarkInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StatsTrend: {
            indicator: {
                decimals: number;
                /** @enum {string} */
                id: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                name: string;
                unit: string;
            };
            points: {
                nationalValue: number | null;
                rank: number | null;
                rankOf: number | null;
                value: number | null;
                year: number;
            }[];
            region: {
                code: string;
                fullName: string;
                /** @enum {string} */
                level: "nation" | "province" | "city" | "county";
                name: string;
            };
        };
        StatsTrendInput: {
            indicator: {
                decimals: number;
                /** @enum {string} */
                id: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                name: string;
                unit: string;
            };
            points: {
                nationalValue: number | null;
                rank: number | null;
                rankOf: number | null;
                value: number | null;
                year: number;
            }[];
            region: {
                code: string;
                fullName: string;
                /** @enum {string} */
                level: "nation" | "province" | "city" | "county";
                name: string;
            };
        };
        StoredFile: {
            createdAt: string;
            id: string;
            mime: string;
            name: string;
            sha256: string;
            size: number;
        };
        StoredFileInput: {
            createdAt: string;
            id: string;
            mime: string;
            name: string;
            sha256: string;
            size: number;
        };
        SubsidyApplication: {
            amountFen: number;
            /** Format: uuid */
            batchId: string | null;
            batchTitle: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            feePaidFen: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "lprShare" | "interestShare" | "valuationFee" | "insuranceFee";
            /** Format: uuid */
            policyId: string;
            policyName: string;
            regionCode: string;
            reviewNote: string | null;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected";
            working: {
                amountFen: number;
                capFen: number;
                lines: {
                    amountFen: number;
                    baseFen: number;
                    contractNo: string | null;
                    /** Format: uuid */
                    loanId: string | null;
                    loanRateBp: number | null;
                    lprBp: number | null;
                    lprMonth: string | null;
                    note: string;
                }[];
                notes: string[];
                uncappedFen: number;
            };
            year: number;
        };
        SubsidyApplicationInput: {
            amountFen: number;
            /** Format: uuid */
            batchId: string | null;
            batchTitle: string | null;
            enterpriseName: string;
            /** Format: uuid */
            enterpriseOrgId: string;
            feePaidFen: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "lprShare" | "interestShare" | "valuationFee" | "insuranceFee";
            /** Format: uuid */
            policyId: string;
            policyName: string;
            regionCode: string;
            reviewNote: string | null;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected";
            working: {
                amountFen: number;
                capFen: number;
                lines: {
                    amountFen: number;
                    baseFen: number;
                    contractNo: string | null;
                    /** Format: uuid */
                    loanId: string | null;
                    loanRateBp: number | null;
                    lprBp: number | null;
                    lprMonth: string | null;
                    note: string;
                }[];
                notes: string[];
                uncappedFen: number;
            };
            year: number;
        };
        SubsidyApplicationPage: {
            items: components["schemas"]["SubsidyApplication"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SubsidyApplicationPageInput: {
            items: components["schemas"]["SubsidyApplicationInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SubsidyApplyCreate: {
            /** @default 0 */
            feePaidFen: number;
            /** Format: uuid */
            policyId: string;
            year: number;
        };
        SubsidyApplyCreateInput: {
            /** @default 0 */
            feePaidFen: number;
            /** Format: uuid */
            policyId: string;
            year: number;
        };
        SubsidyBatch: {
            approvedAt: string | null;
            approvedByName: string | null;
            count: number;
            /** Format: uuid */
            id: string;
            regionCode: string;
            /** @enum {string} */
            status: "draft" | "approved";
            title: string;
            totalFen: number;
        };
        SubsidyBatchCreate: {
            applicationIds: string[];
            regionCode: string;
            title: string;
        };
        SubsidyBatchCreateInput: {
            applicationIds: string[];
            regionCode: string;
            title: string;
        };
        SubsidyBatchInput: {
            approvedAt: string | null;
            approvedByName: string | null;
            count: number;
            /** Format: uuid */
            id: string;
            regionCode: string;
            /** @enum {string} */
            status: "draft" | "approved";
            title: string;
            totalFen: number;
        };
        SubsidyBatchPage: {
            items: components["schemas"]["SubsidyBatch"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SubsidyBatchPageInput: {
            items: components["schemas"]["SubsidyBatchInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SubsidyPolicy: {
            capPerEnterpriseYearFen: number;
            firstTimeOnly: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "lprShare" | "interestShare" | "valuationFee" | "insuranceFee";
            name: string;
            regionCode: string;
            shareBp: number;
            source: string;
            validFrom: string;
            validTo: string | null;
        };
        SubsidyPolicyCreate: {
            capPerEnterpriseYearFen: number;
            /** @default false */
            firstTimeOnly: boolean;
            /** @enum {string} */
            kind: "lprShare" | "interestShare" | "valuationFee" | "insuranceFee";
            name: string;
            regionCode: string;
            shareBp: number;
            source: string;
            /** Format: date */
            validFrom: string;
            /**
             * Format: date
             * @default null
             */
            validTo: string | null;
        };
        SubsidyPolicyCreateInput: {
            capPerEnterpriseYearFen: number;
            /** @default false */
            firstTimeOnly: boolean;
            /** @enum {string} */
            kind: "lprShare" | "interestShare" | "valuationFee" | "insuranceFee";
            name: string;
            regionCode: string;
            shareBp: number;
            source: string;
            /** Format: date */
            validFrom: string;
            /**
             * Format: date
             * @default null
             */
            validTo: string | null;
        };
        SubsidyPolicyInput: {
            capPerEnterpriseYearFen: number;
            firstTimeOnly: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "lprShare" | "interestShare" | "valuationFee" | "insuranceFee";
            name: string;
            regionCode: string;
            shareBp: number;
            source: string;
            validFrom: string;
            validTo: string | null;
        };
        SubsidyReview: {
            approve: boolean;
            note: unknown;
        };
        SubsidyReviewInput: {
            approve: boolean;
            note?: string | null;
        };
        SupervisionNotice: {
            escalatedAt: string | null;
            id: string;
            issuedAt: string;
            issuedByName: string | null;
            /** @enum {string} */
            kind: "auto" | "manual";
            level: number;
            number: string;
            orgId: string | null;
            orgName: string | null;
            reason: string;
            requirement: string | null;
            respondedAt: string | null;
            respondedByName: string | null;
            response: string | null;
            responseDue: string;
            /** @enum {string} */
            status: "open" | "responded" | "escalated" | "closed";
            taskId: string;
            taskPath: string;
            taskTitle: string;
        };
        SupervisionNoticeInput: {
            escalatedAt: string | null;
            id: string;
            issuedAt: string;
            issuedByName: string | null;
            /** @enum {string} */
            kind: "auto" | "manual";
            level: number;
            number: string;
            orgId: string | null;
            orgName: string | null;
            reason: string;
            requirement: string | null;
            respondedAt: string | null;
            respondedByName: string | null;
            response: string | null;
            responseDue: string;
            /** @enum {string} */
            status: "open" | "responded" | "escalated" | "closed";
            taskId: string;
            taskPath: string;
            taskTitle: string;
        };
        Task: {
            actualValue: number | null;
            canManage: boolean;
            canReport: boolean;
            children: components["schemas"]["TaskSummary"][];
            completedOn: string | null;
            createdAt: string;
            deadline: string | null;
            description: string | null;
            expectedOutcome: string | null;
            /** @enum {string} */
            flag: "none" | "yellow" | "red";
            hasChildren: boolean;
            id: string;
            indicatorId: string | null;
            indicatorName: string | null;
            indicatorUnit: string | null;
            leadOrgId: string | null;
            leadOrgName: string | null;
            level: number;
            number: string;
            openNotices: number;
            parentId: string | null;
            /** @description full number, e.g. 一（二）3 */
            path: string;
            pendingReports: number;
            progress: number;
            regionCode: string;
            sourceMeetingId: string | null;
            sourceResolutionId: string | null;
            /** @enum {string} */
            status: "planned" | "inProgress" | "atRisk" | "overdue" | "completed" | "cancelled";
            supportOrgs: {
                id: string;
                name: string;
            }[];
            targetValue: number | null;
            title: string;
            updatedAt: string;
            weight: number;
            workPlanId: string;
            workPlanTitle: string;
            year: number;
        };
        TaskBook: {
            acknowledgedAt: string | null;
            acknowledgedByName: string | null;
            completed: number;
            id: string;
            issuedAt: string;
            issuedByName: string | null;
            note: string | null;
            progress: number;
            /** @enum {string} */
            receiverKind: "unit" | "district";
            receiverOrgId: string;
            receiverOrgName: string;
            regionCode: string;
            regionName: string;
            taskCount: number;
            title: string;
            workPlanId: string | null;
            year: number;
        };
        TaskBookCreate: {
            note: unknown;
            /**
             * @default unit
             * @enum {string}
             */
            receiverKind: "unit" | "district";
            /** Format: uuid */
            receiverOrgId: string;
            taskIds: string[];
            title: string;
            /** Format: uuid */
            workPlanId?: string | null;
        };
        TaskBookCreateInput: {
            note?: string | null;
            /**
             * @default unit
             * @enum {string}
             */
            receiverKind: "unit" | "district";
            /** Format: uuid */
            receiverOrgId: string;
            taskIds: string[];
            title: string;
            /** Format: uuid */
            workPlanId?: string | null;
        };
        TaskBookInput: {
            acknowledgedAt: string | null;
            acknowledgedByName: string | null;
            completed: number;
            id: string;
            issuedAt: string;
            issuedByName: string | null;
            note: string | null;
            progress: number;
            /** @enum {string} */
            receiverKind: "unit" | "district";
            receiverOrgId: string;
            receiverOrgName: string;
            regionCode: string;
            regionName: string;
            taskCount: number;
            title: string;
            workPlanId: string | null;
            year: number;
        };
        TaskBookPage: {
            items: components["schemas"]["TaskBook"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TaskBookPageInput: {
            items: components["schemas"]["TaskBookInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TaskCreate: {
            /** Format: date */
            deadline?: string | null;
            deadlineRule?: {
                /** Format: date */
                from: string;
                length: number;
                /** @enum {string} */
                unit: "calendarDays" | "workingDays";
            } | null;
            description: unknown;
            expectedOutcome: unknown;
            /**
             * @description an indicator of the catalogue (common/indicators.ts), or null for free text
             * @enum {string|null}
             */
            indicatorId?: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays" | null;
            /** @description free-text indicator name when indicatorId is not set */
            indicatorName: unknown;
            indicatorUnit: unknown;
            /** Format: uuid */
            leadOrgId?: string | null;
            /** Format: uuid */
            parentId?: string | null;
            /** @default [] */
            supportOrgIds: string[];
            targetValue?: number | null;
            title: string;
            /** @default 1 */
            weight: number;
            /** Format: uuid */
            workPlanId: string;
        };
        TaskCreateInput: {
            /** Format: date */
            deadline?: string | null;
            deadlineRule?: {
                /** Format: date */
                from: string;
                length: number;
                /** @enum {string} */
                unit: "calendarDays" | "workingDays";
            } | null;
            description?: string | null;
            expectedOutcome?: string | null;
            /**
             * @description an indicator of the catalogue (common/indicators.ts), or null for free text
             * @enum {string|null}
             */
            indicatorId?: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays" | null;
            /** @description free-text indicator name when indicatorId is not set */
            indicatorName?: string | null;
            indicatorUnit?: string | null;
            /** Format: uuid */
            leadOrgId?: string | null;
            /** Format: uuid */
            parentId?: string | null;
            /** @default [] */
            supportOrgIds: string[];
            targetValue?: number | null;
            title: string;
            /** @default 1 */
            weight: number;
            /** Format: uuid */
            workPlanId: string;
        };
        TaskFromResolution: {
            /** Format: date */
            deadline?: string | null;
            deadlineRule?: {
                /** Format: date */
                from: string;
                length: number;
                /** @enum {string} */
                unit: "calendarDays" | "workingDays";
            } | null;
            /** Format: uuid */
            leadOrgId?: string | null;
            /** Format: uuid */
            parentId?: string | null;
            /** Format: uuid */
            resolutionId: string;
            /** @default [] */
            supportOrgIds: string[];
            /** @description defaults to the resolution text */
            title?: string;
            /** @default 1 */
            weight: number;
            /** Format: uuid */
            workPlanId: string;
        };
        TaskFromResolutionInput: {
            /** Format: date */
            deadline?: string | null;
            deadlineRule?: {
                /** Format: date */
                from: string;
                length: number;
                /** @enum {string} */
                unit: "calendarDays" | "workingDays";
            } | null;
            /** Format: uuid */
            leadOrgId?: string | null;
            /** Format: uuid */
            parentId?: string | null;
            /** Format: uuid */
            resolutionId: string;
            /** @default [] */
            supportOrgIds: string[];
            /** @description defaults to the resolution text */
            title?: string;
            /** @default 1 */
            weight: number;
            /** Format: uuid */
            workPlanId: string;
        };
        TaskInput: {
            actualValue: number | null;
            canManage: boolean;
            canReport: boolean;
            children: components["schemas"]["TaskSummaryInput"][];
            completedOn: string | null;
            createdAt: string;
            deadline: string | null;
            description: string | null;
            expectedOutcome: string | null;
            /** @enum {string} */
            flag: "none" | "yellow" | "red";
            hasChildren: boolean;
            id: string;
            indicatorId: string | null;
            indicatorName: string | null;
            indicatorUnit: string | null;
            leadOrgId: string | null;
            leadOrgName: string | null;
            level: number;
            number: string;
            openNotices: number;
            parentId: string | null;
            /** @description full number, e.g. 一（二）3 */
            path: string;
            pendingReports: number;
            progress: number;
            regionCode: string;
            sourceMeetingId: string | null;
            sourceResolutionId: string | null;
            /** @enum {string} */
            status: "planned" | "inProgress" | "atRisk" | "overdue" | "completed" | "cancelled";
            supportOrgs: {
                id: string;
                name: string;
            }[];
            targetValue: number | null;
            title: string;
            updatedAt: string;
            weight: number;
            workPlanId: string;
            workPlanTitle: string;
            year: number;
        };
        TaskPage: {
            items: components["schemas"]["TaskSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TaskPageInput: {
            items: components["schemas"]["TaskSummaryInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TasksDashboard: {
            byDistrict: {
                completed: number;
                overdue: number;
                progress: number;
                regionCode: string;
                regionName: string;
                tasks: number;
            }[];
            byUnit: {
                atRisk: number;
                completed: number;
                orgId: string;
                orgName: string;
                overdue: number;
                /** @description weighted average progress */
                progress: number;
                tasks: number;
            }[];
            overdueRanking: {
                /** @description sum of days past the deadline of its overdue tasks */
                daysOverdue: number;
                openNotices: number;
                orgId: string;
                orgName: string;
                overdue: number;
            }[];
            plans: {
                id: string;
                progress: number;
                title: string;
            }[];
            regionCode: string;
            totals: {
                byStatus: {
                    [key: string]: number;
                };
                openNotices: number;
                pendingAdjustments: number;
                pendingReports: number;
                progress: number;
                tasks: number;
            };
            year: number;
        };
        TasksDashboardInput: {
            byDistrict: {
                completed: number;
                overdue: number;
                progress: number;
                regionCode: string;
                regionName: string;
                tasks: number;
            }[];
            byUnit: {
                atRisk: number;
                completed: number;
                orgId: string;
                orgName: string;
                overdue: number;
                /** @description weighted average progress */
                progress: number;
                tasks: number;
            }[];
            overdueRanking: {
                /** @description sum of days past the deadline of its overdue tasks */
                daysOverdue: number;
                openNotices: number;
                orgId: string;
                orgName: string;
                overdue: number;
            }[];
            plans: {
                id: string;
                progress: number;
                title: string;
            }[];
            regionCode: string;
            totals: {
                byStatus: {
                    [key: string]: number;
                };
                openNotices: number;
                pendingAdjustments: number;
                pendingReports: number;
                progress: number;
                tasks: number;
            };
            year: number;
        };
        TasksHome: {
            counts: components["schemas"]["HomeCount"][];
            tasks: components["schemas"]["TaskSummary"][];
            /** @enum {string} */
            view: "office" | "unit";
        };
        TasksHomeInput: {
            counts: components["schemas"]["HomeCountInput"][];
            tasks: components["schemas"]["TaskSummaryInput"][];
            /** @enum {string} */
            view: "office" | "unit";
        };
        TaskSummary: {
            actualValue: number | null;
            completedOn: string | null;
            deadline: string | null;
            /** @enum {string} */
            flag: "none" | "yellow" | "red";
            hasChildren: boolean;
            id: string;
            indicatorId: string | null;
            indicatorName: string | null;
            indicatorUnit: string | null;
            leadOrgId: string | null;
            leadOrgName: string | null;
            level: number;
            number: string;
            openNotices: number;
            parentId: string | null;
            /** @description full number, e.g. 一（二）3 */
            path: string;
            pendingReports: number;
            progress: number;
            regionCode: string;
            /** @enum {string} */
            status: "planned" | "inProgress" | "atRisk" | "overdue" | "completed" | "cancelled";
            supportOrgs: {
                id: string;
                name: string;
            }[];
            targetValue: number | null;
            title: string;
            weight: number;
            workPlanId: string;
            workPlanTitle: string;
            year: number;
        };
        TaskSummaryInput: {
            actualValue: number | null;
            completedOn: string | null;
            deadline: string | null;
            /** @enum {string} */
            flag: "none" | "yellow" | "red";
            hasChildren: boolean;
            id: string;
            indicatorId: string | null;
            indicatorName: string | null;
            indicatorUnit: string | null;
            leadOrgId: string | null;
            leadOrgName: string | null;
            level: number;
            number: string;
            openNotices: number;
            parentId: string | null;
            /** @description full number, e.g. 一（二）3 */
            path: string;
            pendingReports: number;
            progress: number;
            regionCode: string;
            /** @enum {string} */
            status: "planned" | "inProgress" | "atRisk" | "overdue" | "completed" | "cancelled";
            supportOrgs: {
                id: string;
                name: string;
            }[];
            targetValue: number | null;
            title: string;
            weight: number;
            workPlanId: string;
            workPlanTitle: string;
            year: number;
        };
        TaskUpdate: {
            /** Format: date */
            deadline?: string | null;
            description?: unknown;
            expectedOutcome?: unknown;
            /**
             * @description an indicator of the catalogue (common/indicators.ts), or null for free text
             * @enum {string|null}
             */
            indicatorId?: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays" | null;
            /** @description free-text indicator name when indicatorId is not set */
            indicatorName?: unknown;
            indicatorUnit?: unknown;
            /** Format: uuid */
            leadOrgId?: string | null;
            supportOrgIds?: string[];
            targetValue?: number | null;
            title?: string;
            weight?: number;
        };
        TaskUpdateInput: {
            /** Format: date */
            deadline?: string | null;
            description?: string | null;
            expectedOutcome?: string | null;
            /**
             * @description an indicator of the catalogue (common/indicators.ts), or null for free text
             * @enum {string|null}
             */
            indicatorId?: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays" | null;
            /** @description free-text indicator name when indicatorId is not set */
            indicatorName?: string | null;
            indicatorUnit?: string | null;
            /** Format: uuid */
            leadOrgId?: string | null;
            supportOrgIds?: string[];
            targetValue?: number | null;
            title?: string;
            weight?: number;
        };
        TopTenList: {
            id: string;
            items: {
                date: string | null;
                id: string;
                position: number;
                regionCode: string | null;
                summary: string | null;
                title: string;
                /** @enum {string} */
                type: "meeting" | "agreement" | "unveiling" | "article";
                url: string | null;
            }[];
            publishedAt: string | null;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            updatedAt: string;
            year: number;
        };
        TopTenListInput: {
            id: string;
            items: {
                date: string | null;
                id: string;
                position: number;
                regionCode: string | null;
                summary: string | null;
                title: string;
                /** @enum {string} */
                type: "meeting" | "agreement" | "unveiling" | "article";
                url: string | null;
            }[];
            publishedAt: string | null;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            updatedAt: string;
            year: number;
        };
        TopTenSave: {
            items: {
                id: string;
                summary?: string | null;
                title: string;
                /** @enum {string} */
                type: "meeting" | "agreement" | "unveiling" | "article";
            }[];
            regionCode: string;
            title?: string;
        };
        TopTenSaveInput: {
            items: {
                id: string;
                summary?: string | null;
                title: string;
                /** @enum {string} */
                type: "meeting" | "agreement" | "unveiling" | "article";
            }[];
            regionCode: string;
            title?: string;
        };
        Unveiling: {
            by: string[];
            id: string;
            meetingId: string | null;
            onDate: string;
            what: string;
        };
        UnveilingCreate: {
            /** @default [] */
            by: string[];
            /**
             * Format: date
             * @description defaults to the meeting day
             */
            onDate?: string | null;
            what: string;
        };
        UnveilingCreateInput: {
            /** @default [] */
            by: string[];
            /**
             * Format: date
             * @description defaults to the meeting day
             */
            onDate?: string | null;
            what: string;
        };
        UnveilingInput: {
            by: string[];
            id: string;
            meetingId: string | null;
            onDate: string;
            what: string;
        };
        User: {
            createdAt: string;
            displayName: string;
            id: string;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            mustChangePassword: boolean;
            orgId: string;
            orgName: string;
            roles: ("admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer")[];
            /** @enum {string} */
            status: "active" | "disabled";
            username: string;
        };
        UserCreate: {
            displayName: string;
            /** Format: uuid */
            orgId: string;
            password: string;
            roles: ("admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer")[];
            username: string;
        };
        UserCreateInput: {
            displayName: string;
            /** Format: uuid */
            orgId: string;
            password: string;
            roles: ("admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer")[];
            username: string;
        };
        UserInput: {
            createdAt: string;
            displayName: string;
            id: string;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            mustChangePassword: boolean;
            orgId: string;
            orgName: string;
            roles: ("admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer")[];
            /** @enum {string} */
            status: "active" | "disabled";
            username: string;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UserPageInput: {
            items: components["schemas"]["UserInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UserUpdate: {
            displayName?: string;
            /** Format: uuid */
            orgId?: string;
            roles?: ("admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer")[];
            /** @enum {string} */
            status?: "active" | "disabled";
        };
        UserUpdateInput: {
            displayName?: string;
            /** Format: uuid */
            orgId?: string;
            roles?: ("admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer")[];
            /** @enum {string} */
            status?: "active" | "disabled";
        };
        WhitelistApplication: {
            abnormalFiling: boolean | null;
            batchId: string;
            /** @enum {string} */
            batchStatus: "open" | "closed" | "published";
            batchTitle: string;
            /** @enum {string} */
            channel: "self" | "district" | "bank";
            channelOrgName: string | null;
            createdAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
            dishonesty: boolean | null;
            eligible: boolean;
            enterpriseName: string;
            enterpriseOrgId: string;
            highTech: boolean;
            highValueInventions: number;
            id: string;
            lines: {
                earned: number;
                /** @enum {string} */
                key: "highTech" | "inventionPatents" | "highValuePatents" | "noDishonesty" | "noAbnormalFiling" | "region";
                label: string;
                met: boolean | null;
                points: number;
                reason: string;
                required: boolean;
            }[];
            note: string | null;
            passScore: number;
            regionCode: string;
            regionName: string;
            score: number;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected" | "withdrawn";
            validInventions: number;
        };
        WhitelistApplicationCreate: {
            /** Format: uuid */
            batchId: string;
            /**
             * Format: uuid
             * @description districts, banks and the office name the enterprise; an enterprise applies for itself
             */
            enterpriseOrgId?: string;
            /**
             * @description declared by the applicant; the office confirms it on review
             * @default false
             */
            highTech: boolean;
            note: unknown;
        };
        WhitelistApplicationCreateInput: {
            /** Format: uuid */
            batchId: string;
            /**
             * Format: uuid
             * @description districts, banks and the office name the enterprise; an enterprise applies for itself
             */
            enterpriseOrgId?: string;
            /**
             * @description declared by the applicant; the office confirms it on review
             * @default false
             */
            highTech: boolean;
            note?: string | null;
        };
        WhitelistApplicationDecision: {
            /** @enum {string} */
            decision: "approved" | "rejected";
            note: unknown;
        };
        WhitelistApplicationDecisionInput: {
            /** @enum {string} */
            decision: "approved" | "rejected";
            note?: string | null;
        };
        WhitelistApplicationInput: {
            abnormalFiling: boolean | null;
            batchId: string;
            /** @enum {string} */
            batchStatus: "open" | "closed" | "published";
            batchTitle: string;
            /** @enum {string} */
            channel: "self" | "district" | "bank";
            channelOrgName: string | null;
            createdAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
            dishonesty: boolean | null;
            eligible: boolean;
            enterpriseName: string;
            enterpriseOrgId: string;
            highTech: boolean;
            highValueInventions: number;
            id: string;
            lines: {
                earned: number;
                /** @enum {string} */
                key: "highTech" | "inventionPatents" | "highValuePatents" | "noDishonesty" | "noAbnormalFiling" | "region";
                label: string;
                met: boolean | null;
                points: number;
                reason: string;
                required: boolean;
            }[];
            note: string | null;
            passScore: number;
            regionCode: string;
            regionName: string;
            score: number;
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected" | "withdrawn";
            validInventions: number;
        };
        WhitelistApplicationPage: {
            items: components["schemas"]["WhitelistApplication"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WhitelistApplicationPageInput: {
            items: components["schemas"]["WhitelistApplicationInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WhitelistApplicationReview: {
            /** @description 非正常专利申请 found by the office; null = not yet checked */
            abnormalFiling?: boolean | null;
            /** @description checked by the office in the credit records (信用中国); null = not yet checked */
            dishonesty?: boolean | null;
            highTech?: boolean;
        };
        WhitelistApplicationReviewInput: {
            /** @description 非正常专利申请 found by the office; null = not yet checked */
            abnormalFiling?: boolean | null;
            /** @description checked by the office in the credit records (信用中国); null = not yet checked */
            dishonesty?: boolean | null;
            highTech?: boolean;
        };
        WhitelistBatch: {
            applicationCount: number;
            approvedCount: number;
            createdAt: string;
            criteria: {
                /** @enum {string} */
                key: "highTech" | "inventionPatents" | "highValuePatents" | "noDishonesty" | "noAbnormalFiling" | "region";
                points: number;
                regionCode: string | null;
                required: boolean;
                threshold: number | null;
            }[];
            id: string;
            passScore: number;
            publishedAt: string | null;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            status: "open" | "closed" | "published";
            title: string;
            validFrom: string;
            validTo: string;
        };
        WhitelistBatchCreate: {
            criteria: {
                /** @enum {string} */
                key: "highTech" | "inventionPatents" | "highValuePatents" | "noDishonesty" | "noAbnormalFiling" | "region";
                points: number;
                /** @description region: the enterprise is registered in this region subtree */
                regionCode?: string | null;
                /**
                 * @description an applicant that misses it is not eligible, whatever the score
                 * @default false
                 */
                required: boolean;
                /** @description inventionPatents, highValuePatents: at least this many */
                threshold?: number | null;
            }[];
            passScore: number;
            regionCode: string;
            title: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
        };
        WhitelistBatchCreateInput: {
            criteria: {
                /** @enum {string} */
                key: "highTech" | "inventionPatents" | "highValuePatents" | "noDishonesty" | "noAbnormalFiling" | "region";
                points: number;
                /** @description region: the enterprise is registered in this region subtree */
                regionCode?: string | null;
                /**
                 * @description an applicant that misses it is not eligible, whatever the score
                 * @default false
                 */
                required: boolean;
                /** @description inventionPatents, highValuePatents: at least this many */
                threshold?: number | null;
            }[];
            passScore: number;
            regionCode: string;
            title: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
        };
        WhitelistBatchInput: {
            applicationCount: number;
            approvedCount: number;
            createdAt: string;
            criteria: {
                /** @enum {string} */
                key: "highTech" | "inventionPatents" | "highValuePatents" | "noDishonesty" | "noAbnormalFiling" | "region";
                points: number;
                regionCode: string | null;
                required: boolean;
                threshold: number | null;
            }[];
            id: string;
            passScore: number;
            publishedAt: string | null;
            regionCode: string;
            regionName: string;
            /** @enum {string} */
            status: "open" | "closed" | "published";
            title: string;
            validFrom: string;
            validTo: string;
        };
        WhitelistBatchPage: {
            items: components["schemas"]["WhitelistBatch"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WhitelistBatchPageInput: {
            items: components["schemas"]["WhitelistBatchInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WhitelistBatchStatus: {
            /** @enum {string} */
            status: "closed" | "published";
        };
        WhitelistBatchStatusInput: {
            /** @enum {string} */
            status: "closed" | "published";
        };
        WorkPlan: {
            completed: number;
            createdAt: string;
            id: string;
            overdue: number;
            progress: number;
            regionCode: string;
            regionName: string;
            taskCount: number;
            title: string;
            updatedAt: string;
            year: number;
        };
        WorkPlanCreate: {
            regionCode: string;
            title: string;
            year: number;
        };
        WorkPlanCreateInput: {
            regionCode: string;
            title: string;
            year: number;
        };
        WorkPlanInput: {
            completed: number;
            createdAt: string;
            id: string;
            overdue: number;
            progress: number;
            regionCode: string;
            regionName: string;
            taskCount: number;
            title: string;
            updatedAt: string;
            year: number;
        };
        WorkPlanPage: {
            items: components["schemas"]["WorkPlan"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WorkPlanPageInput: {
            items: components["schemas"]["WorkPlanInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WorkPlanUpdate: {
            title?: string;
            year?: number;
        };
        WorkPlanUpdateInput: {
            title?: string;
            year?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    conferenceGet: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conference"];
                };
            };
        };
    };
    conferencePut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConferenceUpsertInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conference"];
                };
            };
        };
    };
    conferenceGetAgreements: {
        parameters: {
            query?: {
                from?: string;
                kind?: "agreement" | "framework" | "memorandum";
                meetingId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "signedOn" | "title" | "kind" | "createdAt";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementPage"];
                };
            };
        };
    };
    conferencePostAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
        };
    };
    conferenceGetAgreementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
        };
    };
    conferenceDeleteAgreementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferencePatchAgreementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
        };
    };
    conferenceGetAgreementsByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    conferencePostAgreementsByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
        };
    };
    conferenceGetAgreementsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    conferenceGetAgreementsExportXlsx: {
        parameters: {
            query?: {
                from?: string;
                kind?: "agreement" | "framework" | "memorandum";
                meetingId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "signedOn" | "title" | "kind" | "createdAt";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    conferenceGetCalendarFeedByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar feed (RFC 5545) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
        };
    };
    conferenceGetHistory: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    conferenceGetHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConferenceHome"];
                };
            };
        };
    };
    conferenceGetLiaisons: {
        parameters: {
            query?: {
                current?: "true" | "false";
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "name" | "orgName" | "termStart" | "termEnd";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiaisonPage"];
                };
            };
        };
    };
    conferencePostLiaisons: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiaisonCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liaison"];
                };
            };
        };
    };
    conferenceDeleteLiaisonsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferencePatchLiaisonsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiaisonUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liaison"];
                };
            };
        };
    };
    conferenceGetLiaisonsExportXlsx: {
        parameters: {
            query?: {
                current?: "true" | "false";
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "name" | "orgName" | "termStart" | "termEnd";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    conferenceGetMeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
        };
    };
    conferencePostMeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
        };
    };
    conferenceDeleteMeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferenceDeleteMeetingDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferenceGetMeetingDocumentsByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    conferencePostMeetingDocumentsByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDocument"];
                };
            };
        };
    };
    conferenceGetMeetings: {
        parameters: {
            query?: {
                /** @description starting on or after this day */
                from?: string;
                kind?: ("plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training") | ("plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training")[];
                mode?: "offline" | "online" | "hybrid";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "startsAt" | "title" | "kind" | "createdAt";
                status?: "scheduled" | "cancelled";
                /** @description starting on or before this day */
                to?: string;
                /** @description true: meetings not yet begun that the caller’s unit is invited to and the caller has not registered for */
                toRegister?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                };
            };
        };
    };
    conferencePostMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
        };
    };
    conferenceGetMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
        };
    };
    conferenceDeleteMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferencePatchMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
        };
    };
    conferenceGetMeetingsByIdAgenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItem"][];
                };
            };
        };
    };
    conferencePutMeetingsByIdAgenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaPutInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItem"][];
                };
            };
        };
    };
    conferenceGetMeetingsByIdAttendees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendee"][];
                };
            };
        };
    };
    conferencePostMeetingsByIdAttendees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendeeCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendee"];
                };
            };
        };
    };
    conferenceDeleteMeetingsByIdAttendeesByChildId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferenceGetMeetingsByIdAttendeesExportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    conferencePostMeetingsByIdAttendeesImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    conferenceGetMeetingsByIdCalendarIcs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar file (RFC 5545) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
        };
    };
    conferencePostMeetingsByIdCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
        };
    };
    conferencePostMeetingsByIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDocument"];
                };
            };
        };
    };
    conferenceGetMeetingsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    conferenceGetMeetingsByIdInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"][];
                };
            };
        };
    };
    conferencePostMeetingsByIdInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"][];
                };
            };
        };
    };
    conferenceDeleteMeetingsByIdInvitationsByChildId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferencePutMeetingsByIdMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MinutesPutInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
        };
    };
    conferencePostMeetingsByIdMinutesApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
        };
    };
    conferencePostMeetingsByIdMinutesReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Minutes"];
                };
            };
        };
    };
    conferenceGetMeetingsByIdRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRecord"];
                };
            };
        };
    };
    conferenceGetMeetingsByIdRegistrations: {
        parameters: {
            query?: {
                checkedIn?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "registeredAt" | "name" | "orgName" | "status";
                status?: "registered" | "waitlisted" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationPage"];
                };
            };
        };
    };
    conferencePostMeetingsByIdRegistrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
        };
    };
    conferencePostMeetingsByIdRegistrationsByChildIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
        };
    };
    conferencePostMeetingsByIdRegistrationsByChildIdCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
        };
    };
    conferenceGetMeetingsByIdRegistrationsExportXlsx: {
        parameters: {
            query?: {
                checkedIn?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "registeredAt" | "name" | "orgName" | "status";
                status?: "registered" | "waitlisted" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    conferencePostMeetingsByIdResolutions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
                };
            };
        };
    };
    conferencePostMeetingsByIdUnveilings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnveilingCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unveiling"];
                };
            };
        };
    };
    conferenceGetMeetingsAttendeesImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    conferenceGetMeetingsExportXlsx: {
        parameters: {
            query?: {
                /** @description starting on or after this day */
                from?: string;
                kind?: ("plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training") | ("plenary" | "officeMeeting" | "thematic" | "workConference" | "progressMeeting" | "summit" | "seminar" | "training")[];
                mode?: "offline" | "online" | "hybrid";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "startsAt" | "title" | "kind" | "createdAt";
                status?: "scheduled" | "cancelled";
                /** @description starting on or before this day */
                to?: string;
                /** @description true: meetings not yet begun that the caller’s unit is invited to and the caller has not registered for */
                toRegister?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    conferenceGetMeetingsUpcoming: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingSummary"][];
                };
            };
        };
    };
    conferenceGetMembers: {
        parameters: {
            query?: {
                /** @description true: only units that have not left */
                current?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                position?: "lead" | "member";
                q?: string;
                /** @description the conference of this region (default: the caller’s) */
                regionCode?: string;
                sort?: "sortOrder" | "orgName" | "position" | "joinedOn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
        };
    };
    conferencePostMembers: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
        };
    };
    conferenceDeleteMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferencePatchMembersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
        };
    };
    conferenceGetMembersExportXlsx: {
        parameters: {
            query?: {
                /** @description true: only units that have not left */
                current?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                position?: "lead" | "member";
                q?: string;
                /** @description the conference of this region (default: the caller’s) */
                regionCode?: string;
                sort?: "sortOrder" | "orgName" | "position" | "joinedOn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    conferencePostMembersImport: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    conferenceGetMembersImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    conferenceGetResolutionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
                };
            };
        };
    };
    conferenceDeleteResolutionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conferencePatchResolutionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resolution"];
                };
            };
        };
    };
    conferenceDeleteUnveilingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    enforcementGetAgencies: {
        parameters: {
            query: {
                kind: "police" | "unit" | "holder";
                /** @description part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementAgencyDirectory"];
                };
            };
        };
    };
    enforcementGetCases: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description only cases with a time limit run out */
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description case number, party or summary */
                q?: string;
                rightKind?: "patent" | "trademark" | "tradeSecret" | "gi" | "other";
                sort?: "receivedOn" | "caseNo" | "status" | "fineFen";
                source?: "complaint" | "inspection" | "customs" | "agency" | "superior";
                status?: "received" | "notOpened" | "investigating" | "hearingNotice" | "decided" | "served" | "closed" | "transferred";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCasePage"];
                };
            };
        };
    };
    enforcementPostCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementCaseCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCaseDetail"];
                };
            };
        };
    };
    enforcementGetCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCaseDetail"];
                };
            };
        };
    };
    enforcementPostCasesByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementCaseActionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCaseDetail"];
                };
            };
        };
    };
    enforcementGetCasesByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    enforcementPostCasesByIdMeasures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementMeasureCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCaseDetail"];
                };
            };
        };
    };
    enforcementPostCasesByIdMeasuresByChildIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementMeasureActionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCaseDetail"];
                };
            };
        };
    };
    enforcementPostCasesByIdTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementTransferCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementTransferDetail"];
                };
            };
        };
    };
    enforcementGetCasesExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description only cases with a time limit run out */
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description case number, party or summary */
                q?: string;
                rightKind?: "patent" | "trademark" | "tradeSecret" | "gi" | "other";
                sort?: "receivedOn" | "caseNo" | "status" | "fineFen";
                source?: "complaint" | "inspection" | "customs" | "agency" | "superior";
                status?: "received" | "notOpened" | "investigating" | "hearingNotice" | "decided" | "served" | "closed" | "transferred";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetClues: {
        parameters: {
            query?: {
                box?: "all" | "sent" | "received";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "passedOn" | "title";
                state?: "waiting" | "acknowledged" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCluePage"];
                };
            };
        };
    };
    enforcementPostClues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementClueCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementClue"];
                };
            };
        };
    };
    enforcementGetCluesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementClue"];
                };
            };
        };
    };
    enforcementPostCluesByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementClueActionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementClue"];
                };
            };
        };
    };
    enforcementGetCluesByIdFilesByChildId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    enforcementGetCluesByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    enforcementGetCluesExportXlsx: {
        parameters: {
            query?: {
                box?: "all" | "sent" | "received";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "passedOn" | "title";
                state?: "waiting" | "acknowledged" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetCluesUnanswered: {
        parameters: {
            query?: {
                box?: "all" | "sent" | "received";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "passedOn" | "title";
                state?: "waiting" | "acknowledged" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCluePage"];
                };
            };
        };
    };
    enforcementGetCompliance: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description enterprise or case */
                q?: string;
                sort?: "startedOn" | "enterpriseName" | "status";
                status?: "planPending" | "inspecting" | "evaluated" | "sent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCompliancePage"];
                };
            };
        };
    };
    enforcementPostCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementComplianceCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementComplianceDetail"];
                };
            };
        };
    };
    enforcementGetComplianceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementComplianceDetail"];
                };
            };
        };
    };
    enforcementPostComplianceByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementComplianceActionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementComplianceDetail"];
                };
            };
        };
    };
    enforcementGetComplianceByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    enforcementPostComplianceByIdInspections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementInspectionCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementComplianceDetail"];
                };
            };
        };
    };
    enforcementPostComplianceByIdInspectionsByChildId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementInspectionRecordInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementComplianceDetail"];
                };
            };
        };
    };
    enforcementGetComplianceExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description enterprise or case */
                q?: string;
                sort?: "startedOn" | "enterpriseName" | "status";
                status?: "planPending" | "inspecting" | "evaluated" | "sent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetCooperationBodies: {
        parameters: {
            query?: {
                area?: "chuanyu" | "huaihai" | "yangtze" | "shenzhenHk" | "other";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "agreementSignedOn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCoopBodyPage"];
                };
            };
        };
    };
    enforcementPostCooperationBodies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementCoopBodyCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCoopBodyDetail"];
                };
            };
        };
    };
    enforcementGetCooperationBodiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCoopBodyDetail"];
                };
            };
        };
    };
    enforcementGetCooperationBodiesByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    enforcementPostCooperationBodiesByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementCoopMemberAddInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementCoopBodyDetail"];
                };
            };
        };
    };
    enforcementPostCooperationBodiesByIdRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementAssistCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementAssistRequest"];
                };
            };
        };
    };
    enforcementGetCooperationBodiesExportXlsx: {
        parameters: {
            query?: {
                area?: "chuanyu" | "huaihai" | "yangtze" | "shenzhenHk" | "other";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "agreementSignedOn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetCooperationRequests: {
        parameters: {
            query?: {
                bodyId?: string;
                box?: "all" | "sent" | "received";
                kind?: "investigate" | "serve" | "evidence";
                order?: "asc" | "desc";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "sentOn" | "dueOn";
                state?: "sent" | "accepted" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementAssistPage"];
                };
            };
        };
    };
    enforcementGetCooperationRequestsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementAssistRequest"];
                };
            };
        };
    };
    enforcementPostCooperationRequestsByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementAssistActionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementAssistRequest"];
                };
            };
        };
    };
    enforcementGetCooperationRequestsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    enforcementGetCooperationRequestsExportXlsx: {
        parameters: {
            query?: {
                bodyId?: string;
                box?: "all" | "sent" | "received";
                kind?: "investigate" | "serve" | "evidence";
                order?: "asc" | "desc";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "sentOn" | "dueOn";
                state?: "sent" | "accepted" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetDeadlineRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementRule"][];
                };
            };
        };
    };
    enforcementPutDeadlineRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementRuleUpsertInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementRule"];
                };
            };
        };
    };
    enforcementDeleteDeadlineRulesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    enforcementGetDeadlineRulesExportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetDetentions: {
        parameters: {
            query?: {
                kind?: "onApplication" | "exOfficio";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "detainedOn" | "notifiedOn" | "status";
                status?: "notified" | "detained" | "notDetained" | "released" | "courtOrder" | "confiscated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementDetentionPage"];
                };
            };
        };
    };
    enforcementPostDetentions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementDetentionCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementDetention"];
                };
            };
        };
    };
    enforcementGetDetentionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementDetention"];
                };
            };
        };
    };
    enforcementPostDetentionsByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementDetentionActionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementDetention"];
                };
            };
        };
    };
    enforcementGetDetentionsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    enforcementGetDetentionsExportXlsx: {
        parameters: {
            query?: {
                kind?: "onApplication" | "exOfficio";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "detainedOn" | "notifiedOn" | "status";
                status?: "notified" | "detained" | "notDetained" | "released" | "courtOrder" | "confiscated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementHome"];
                };
            };
        };
    };
    enforcementGetRecordals: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                rightKind?: "patent" | "trademark" | "copyright" | "other";
                sort?: "approvedOn" | "expiresOn" | "recordalNo";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementRecordalPage"];
                };
            };
        };
    };
    enforcementPostRecordals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementRecordalCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementRecordal"];
                };
            };
        };
    };
    enforcementGetRecordalsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementRecordal"];
                };
            };
        };
    };
    enforcementPostRecordalsByIdRenew: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementRecordal"];
                };
            };
        };
    };
    enforcementGetRecordalsExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                rightKind?: "patent" | "trademark" | "copyright" | "other";
                sort?: "approvedOn" | "expiresOn" | "recordalNo";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetStatistics: {
        parameters: {
            query?: {
                /** @description defaults to this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementStats"];
                };
            };
        };
    };
    enforcementGetStatisticsExportXlsx: {
        parameters: {
            query?: {
                /** @description defaults to this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    enforcementGetTransfers: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description case number or party */
                q?: string;
                sort?: "reportedOn" | "status" | "caseNo";
                status?: "reported" | "notApproved" | "sent" | "opened" | "refused" | "reconsidering" | "refusedFinal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementTransferPage"];
                };
            };
        };
    };
    enforcementGetTransfersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementTransferDetail"];
                };
            };
        };
    };
    enforcementPostTransfersByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnforcementTransferActionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnforcementTransferDetail"];
                };
            };
        };
    };
    enforcementGetTransfersByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    enforcementGetTransfersByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    enforcementGetTransfersExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description case number or party */
                q?: string;
                sort?: "reportedOn" | "status" | "caseNo";
                status?: "reported" | "notApproved" | "sent" | "opened" | "refused" | "reconsidering" | "refusedFinal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetClaims: {
        parameters: {
            query?: {
                bankOrgId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                poolId?: string;
                q?: string;
                sort?: "appliedOn" | "lossFen" | "status";
                status?: ("submitted" | "queued" | "paid" | "rejected") | ("submitted" | "queued" | "paid" | "rejected")[];
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
        };
    };
    financePostClaims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetail"];
                };
            };
        };
    };
    financeGetClaimsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetail"];
                };
            };
        };
    };
    financeGetClaimsByIdEvidenceByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    financeGetClaimsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    financePostClaimsByIdRecoveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetail"];
                };
            };
        };
    };
    financePostClaimsByIdReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimReviewInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetail"];
                };
            };
        };
    };
    financePutClaimsByIdTypicalCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinanceTypicalCaseInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetail"];
                };
            };
        };
    };
    financeGetClaimsExportXlsx: {
        parameters: {
            query?: {
                bankOrgId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                poolId?: string;
                q?: string;
                sort?: "appliedOn" | "lossFen" | "status";
                status?: ("submitted" | "queued" | "paid" | "rejected") | ("submitted" | "queued" | "paid" | "rejected")[];
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetCreditLines: {
        parameters: {
            query?: {
                batchId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "updatedAt" | "amountFen" | "grantedOn";
                status?: "interested" | "granted" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLinePage"];
                };
            };
        };
    };
    financePatchCreditLinesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditLineUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLine"];
                };
            };
        };
    };
    financeGetCreditLinesExportXlsx: {
        parameters: {
            query?: {
                batchId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "updatedAt" | "amountFen" | "grantedOn";
                status?: "interested" | "granted" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceHome"];
                };
            };
        };
    };
    financeGetLoanFigures: {
        parameters: {
            query: {
                regionCode?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanFigures"];
                };
            };
        };
    };
    financeGetLoans: {
        parameters: {
            query?: {
                bankOrgId?: string;
                enterpriseOrgId?: string;
                order?: "asc" | "desc";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "signedOn" | "amountFen" | "contractNo" | "enterprise" | "status";
                status?: ("submitted" | "approved" | "active" | "rejected" | "withdrawn" | "closed" | "defaulted" | "writtenOff" | "rescheduled") | ("submitted" | "approved" | "active" | "rejected" | "withdrawn" | "closed" | "defaulted" | "writtenOff" | "rescheduled")[];
                typicalCase?: "true" | "false";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanPage"];
                };
            };
        };
    };
    financePostLoans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDetail"];
                };
            };
        };
    };
    financeGetLoansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDetail"];
                };
            };
        };
    };
    financePostLoansByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoanActionInputInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDetail"];
                };
            };
        };
    };
    financeGetLoansByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    financePostLoansByIdRepayments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepaymentCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDetail"];
                };
            };
        };
    };
    financeGetLoansByIdSignings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signing"][];
                };
            };
        };
    };
    financePutLoansByIdTypicalCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinanceTypicalCaseInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDetail"];
                };
            };
        };
    };
    financeGetLoansExportXlsx: {
        parameters: {
            query?: {
                bankOrgId?: string;
                enterpriseOrgId?: string;
                order?: "asc" | "desc";
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "signedOn" | "amountFen" | "contractNo" | "enterprise" | "status";
                status?: ("submitted" | "approved" | "active" | "rejected" | "withdrawn" | "closed" | "defaulted" | "writtenOff" | "rescheduled") | ("submitted" | "approved" | "active" | "rejected" | "withdrawn" | "closed" | "defaulted" | "writtenOff" | "rescheduled")[];
                typicalCase?: "true" | "false";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financePostLoansImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    financeGetLoansImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetLpr: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lpr"][];
                };
            };
        };
    };
    financePutLpr: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LprInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lpr"][];
                };
            };
        };
    };
    financeGetMeetingsByIdSignings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingSignings"];
                };
            };
        };
    };
    financePostMeetingsByIdSignings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SigningCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingSignings"];
                };
            };
        };
    };
    financeGetParties: {
        parameters: {
            query?: {
                kind?: "enterprise" | "bank" | "serviceAgency";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description part of the name, short name or unified social credit code */
                q?: string;
                sort?: "name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancePartyPage"];
                };
            };
        };
    };
    financeGetPledgeTimeLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeTimeLimit"][];
                };
            };
        };
    };
    financeGetPledges: {
        parameters: {
            query?: {
                bankOrgId?: string;
                enterpriseOrgId?: string;
                kind?: ("patent" | "trademark" | "gi") | ("patent" | "trademark" | "gi")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description enterprise, bank, right number or registration number */
                q?: string;
                regionCode?: string;
                sort?: "createdAt" | "securedAmountFen" | "dueOn" | "status" | "registeredOn";
                status?: ("draft" | "submitted" | "registered" | "refused" | "changed" | "released") | ("draft" | "submitted" | "registered" | "refused" | "changed" | "released")[];
                typicalCase?: "true" | "false";
                /** @description year of submission */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgePage"];
                };
            };
        };
    };
    financePostPledges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financeGetPledgesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financePatchPledgesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financePostPledgesByIdChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeChangeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financeGetPledgesByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    financePostPledgesByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeRefuseInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financePostPledgesByIdRegister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeRegisterInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financePostPledgesByIdRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeReleaseInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financePostPledgesByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeSubmitInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financePutPledgesByIdTypicalCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinanceTypicalCaseInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pledge"];
                };
            };
        };
    };
    financeGetPledgesExportXlsx: {
        parameters: {
            query?: {
                bankOrgId?: string;
                enterpriseOrgId?: string;
                kind?: ("patent" | "trademark" | "gi") | ("patent" | "trademark" | "gi")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description enterprise, bank, right number or registration number */
                q?: string;
                regionCode?: string;
                sort?: "createdAt" | "securedAmountFen" | "dueOn" | "status" | "registeredOn";
                status?: ("draft" | "submitted" | "registered" | "refused" | "changed" | "released") | ("draft" | "submitted" | "registered" | "refused" | "changed" | "released")[];
                typicalCase?: "true" | "false";
                /** @description year of submission */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetPools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"][];
                };
            };
        };
    };
    financePostPools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PoolCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"];
                };
            };
        };
    };
    financeGetPoolsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"];
                };
            };
        };
    };
    financePostPoolsByIdFunding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundingCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"];
                };
            };
        };
    };
    financeGetPoolsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    financeGetPoolsByIdLedger: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "seq";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPage"];
                };
            };
        };
    };
    financeGetPoolsByIdLedgerExportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financePostRepaymentsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    financeGetRepaymentsImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetSecuritisations: {
        parameters: {
            query?: {
                enterpriseOrgId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description product name, issuer or underlying assets */
                q?: string;
                regionCode?: string;
                sort?: "issueDate" | "amountFen" | "name" | "termMonths";
                /** @description year of issue */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecuritisationPage"];
                };
            };
        };
    };
    financePostSecuritisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecuritisationCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Securitisation"];
                };
            };
        };
    };
    financeGetSecuritisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Securitisation"];
                };
            };
        };
    };
    financePatchSecuritisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecuritisationUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Securitisation"];
                };
            };
        };
    };
    financeGetSecuritisationsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    financeGetSecuritisationsExportXlsx: {
        parameters: {
            query?: {
                enterpriseOrgId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description product name, issuer or underlying assets */
                q?: string;
                regionCode?: string;
                sort?: "issueDate" | "amountFen" | "name" | "termMonths";
                /** @description year of issue */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetSignings: {
        parameters: {
            query?: {
                bankOrgId?: string;
                kind?: "loan" | "intention";
                meetingId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "signedOn" | "amountFen" | "kind";
                /** @description year of signing */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningPage"];
                };
            };
        };
    };
    financeDeleteSigningsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    financeGetSigningsExportXlsx: {
        parameters: {
            query?: {
                bankOrgId?: string;
                kind?: "loan" | "intention";
                meetingId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "signedOn" | "amountFen" | "kind";
                /** @description year of signing */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetStatistics: {
        parameters: {
            query: {
                /** @description a district or city inside the caller’s region; the caller’s own region when left out */
                regionCode?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceStatistics"];
                };
            };
        };
    };
    financeGetStatisticsExportXlsx: {
        parameters: {
            query: {
                /** @description a district or city inside the caller’s region; the caller’s own region when left out */
                regionCode?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financePostStatisticsPublish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinanceFiguresPublished"];
                };
            };
        };
    };
    financeGetSubsidies: {
        parameters: {
            query?: {
                batchId?: string;
                inBatch?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                policyId?: string;
                q?: string;
                sort?: "createdAt" | "amountFen" | "enterprise";
                status?: ("submitted" | "approved" | "rejected") | ("submitted" | "approved" | "rejected")[];
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyApplicationPage"];
                };
            };
        };
    };
    financePostSubsidies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubsidyApplyCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyApplication"];
                };
            };
        };
    };
    financeGetSubsidiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyApplication"];
                };
            };
        };
    };
    financeGetSubsidiesByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    financePostSubsidiesByIdReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubsidyReviewInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyApplication"];
                };
            };
        };
    };
    financeGetSubsidiesExportXlsx: {
        parameters: {
            query?: {
                batchId?: string;
                inBatch?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                policyId?: string;
                q?: string;
                sort?: "createdAt" | "amountFen" | "enterprise";
                status?: ("submitted" | "approved" | "rejected") | ("submitted" | "approved" | "rejected")[];
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetSubsidyBatches: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "createdAt" | "title";
                status?: "draft" | "approved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyBatchPage"];
                };
            };
        };
    };
    financePostSubsidyBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubsidyBatchCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyBatch"];
                };
            };
        };
    };
    financeGetSubsidyPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyPolicy"][];
                };
            };
        };
    };
    financePostSubsidyPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubsidyPolicyCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyPolicy"];
                };
            };
        };
    };
    financeGetWhitelistApplications: {
        parameters: {
            query?: {
                batchId?: string;
                channel?: "self" | "district" | "bank";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "createdAt" | "enterpriseName" | "status";
                status?: "submitted" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistApplicationPage"];
                };
            };
        };
    };
    financePostWhitelistApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhitelistApplicationCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistApplication"];
                };
            };
        };
    };
    financeGetWhitelistApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistApplication"];
                };
            };
        };
    };
    financePostWhitelistApplicationsByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhitelistApplicationDecisionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistApplication"];
                };
            };
        };
    };
    financePostWhitelistApplicationsByIdInterest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLine"];
                };
            };
        };
    };
    financePatchWhitelistApplicationsByIdReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhitelistApplicationReviewInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistApplication"];
                };
            };
        };
    };
    financeGetWhitelistApplicationsExportXlsx: {
        parameters: {
            query?: {
                batchId?: string;
                channel?: "self" | "district" | "bank";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "createdAt" | "enterpriseName" | "status";
                status?: "submitted" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    financeGetWhitelists: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "createdAt" | "validTo" | "title";
                status?: "open" | "closed" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistBatchPage"];
                };
            };
        };
    };
    financePostWhitelists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhitelistBatchCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistBatch"];
                };
            };
        };
    };
    financeGetWhitelistsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistBatch"];
                };
            };
        };
    };
    financePostWhitelistsByIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhitelistBatchStatusInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhitelistBatch"];
                };
            };
        };
    };
    orgPostAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
        };
    };
    orgPostAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    orgGetAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
        };
    };
    orgPostAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordInput"];
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    orgGetAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionState"];
                };
            };
        };
    };
    orgGetLoginEvents: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "at" | "username";
                success?: "true" | "false";
                username?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginEventPage"];
                };
            };
        };
    };
    orgGetLoginEventsExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "at" | "username";
                success?: "true" | "false";
                username?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    orgGetOrgs: {
        parameters: {
            query?: {
                kind?: ("ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association") | ("ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                parentId?: string;
                /** @description part of the name, short name or credit code */
                q?: string;
                /** @description only organisations in this region subtree */
                regionCode?: string;
                sort?: "name" | "kind" | "regionCode" | "createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgPage"];
                };
            };
        };
    };
    orgPostOrgs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
        };
    };
    orgGetOrgsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
        };
    };
    orgDeleteOrgsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    orgPatchOrgsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrgUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
        };
    };
    orgGetOrgsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    orgGetOrgsExportXlsx: {
        parameters: {
            query?: {
                kind?: ("ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association") | ("ipOffice" | "memberUnit" | "districtOffice" | "court" | "procuratorate" | "publicSecurity" | "customs" | "bank" | "regulator" | "mediationOrg" | "university" | "enterprise" | "serviceAgency" | "association")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                parentId?: string;
                /** @description part of the name, short name or credit code */
                q?: string;
                /** @description only organisations in this region subtree */
                regionCode?: string;
                sort?: "name" | "kind" | "regionCode" | "createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    orgPostOrgsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    orgGetOrgsImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    orgGetPeople: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                /** @description part of the name or title */
                q?: string;
                regionCode?: string;
                sort?: "name" | "orgName" | "createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
        };
    };
    orgPostPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
        };
    };
    orgGetPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
        };
    };
    orgDeletePeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    orgPatchPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
        };
    };
    orgGetPeopleExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                /** @description part of the name or title */
                q?: string;
                regionCode?: string;
                sort?: "name" | "orgName" | "createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    orgPostPeopleImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    orgGetPeopleImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    orgGetRegions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description rank matches in this region (city, then province) first */
                near?: string;
                /** @description list the children of this region; omit for provinces */
                parent?: string;
                /** @description Chinese name, full pinyin or initials (ps finds 坪山区) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"][];
                };
            };
        };
    };
    orgGetRegionsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        path: components["schemas"]["Region"][];
                        region: components["schemas"]["Region"];
                    };
                };
            };
        };
    };
    orgGetRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleInfo"][];
                };
            };
        };
    };
    orgPatchRolesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: "admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleInfo"];
                };
            };
        };
    };
    orgGetUsers: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                role?: "admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer";
                sort?: "username" | "displayName" | "createdAt" | "lastLoginAt";
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    orgPostUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    orgGetUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    orgPatchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    orgPostUsersByIdPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordInput"];
            };
        };
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    orgPostUsersByIdUnlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    orgGetUsersExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                role?: "admin" | "office" | "liaison" | "district" | "mediator" | "court" | "bank" | "enterprise" | "officer";
                sort?: "username" | "displayName" | "createdAt" | "lastLoginAt";
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    platformGetAudit: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                entityId?: string;
                entityType?: string;
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "at";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
        };
    };
    platformGetAuditExportXlsx: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                entityId?: string;
                entityType?: string;
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "at";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    platformGetAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checked: number;
                        firstBrokenId: string | null;
                        ok: boolean;
                        reason: string | null;
                    };
                };
            };
        };
    };
    platformGetBackups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupOverview"];
                };
            };
        };
    };
    platformPostBackups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    platformGetBackupsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the backup (gzip-compressed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                };
            };
        };
    };
    platformGetCalendarCheck: {
        parameters: {
            query: {
                add?: number;
                date: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        name: string | null;
                        plusWorkingDays: string;
                        work: boolean;
                    };
                };
            };
        };
    };
    platformGetCalendarDays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDay"][];
                };
            };
        };
    };
    platformPutCalendarDaysByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string | null;
                    work: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDay"];
                };
            };
        };
    };
    platformDeleteCalendarDaysByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    platformGetCalendarYearsByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYear"];
                };
            };
        };
    };
    platformPostFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFile"];
                };
            };
        };
    };
    platformGetFilesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    platformGetJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    platformGetMeActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditActivity"][];
                };
            };
        };
    };
    platformGetNotifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
        };
    };
    platformPostNotificationsByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    platformPostNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        updated: number;
                    };
                };
            };
        };
    };
    platformGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformSettings"];
                };
            };
        };
    };
    protectionPostAdjudications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjudicationCaseCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCaseDetail"];
                };
            };
        };
    };
    protectionGetCases: {
        parameters: {
            query?: {
                courtId?: string;
                disputeType?: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other") | ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
                /** @description open cases whose current deadline falls on or before this day */
                dueBefore?: string;
                /** @description open cases whose current deadline falls on or after this day (with dueBefore: due soon, not yet overdue) */
                dueFrom?: string;
                /** @description received on or after */
                from?: string;
                kind?: "mediation" | "adjudication";
                mediatorId?: string;
                open?: "true" | "false";
                order?: "asc" | "desc";
                orgId?: string;
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description part of the case number or a party name */
                q?: string;
                regionCode?: string;
                sort?: "receivedOn" | "caseNo" | "dueOn" | "status" | "amountFen";
                source?: ("application" | "courtPreFiling" | "courtInLitigation" | "officeReferral" | "mediationTransfer") | ("application" | "courtPreFiling" | "courtInLitigation" | "officeReferral" | "mediationTransfer")[];
                status?: ("submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final") | ("submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final")[];
                /** @description received on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCasePage"];
                };
            };
        };
    };
    protectionPostCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediationCaseCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCaseDetail"];
                };
            };
        };
    };
    protectionGetCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCaseDetail"];
                };
            };
        };
    };
    protectionPostCasesByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectionCaseActionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCaseDetail"];
                };
            };
        };
    };
    protectionGetCasesByIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCaseEvent"][];
                };
            };
        };
    };
    protectionPostCasesByIdEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionEvidence"];
                };
            };
        };
    };
    protectionGetCasesByIdEvidenceByChildId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    protectionPostCasesByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectionNoteCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionNote"];
                };
            };
        };
    };
    protectionPatchCasesByIdPartiesByChildId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectionPartyUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionParty"];
                };
            };
        };
    };
    protectionGetCasesExportXlsx: {
        parameters: {
            query?: {
                courtId?: string;
                disputeType?: ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other") | ("patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other")[];
                /** @description open cases whose current deadline falls on or before this day */
                dueBefore?: string;
                /** @description open cases whose current deadline falls on or after this day (with dueBefore: due soon, not yet overdue) */
                dueFrom?: string;
                /** @description received on or after */
                from?: string;
                kind?: "mediation" | "adjudication";
                mediatorId?: string;
                open?: "true" | "false";
                order?: "asc" | "desc";
                orgId?: string;
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                /** @description part of the case number or a party name */
                q?: string;
                regionCode?: string;
                sort?: "receivedOn" | "caseNo" | "dueOn" | "status" | "amountFen";
                source?: ("application" | "courtPreFiling" | "courtInLitigation" | "officeReferral" | "mediationTransfer") | ("application" | "courtPreFiling" | "courtInLitigation" | "officeReferral" | "mediationTransfer")[];
                status?: ("submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final") | ("submitted" | "returned" | "awaitingAssignment" | "assigned" | "contactingRespondent" | "inMediation" | "appraisal" | "agreementPending" | "agreementSigned" | "confirmationRequested" | "confirmationAccepted" | "confirmed" | "confirmationRejected" | "closed" | "withdrawn" | "terminated" | "failureReported" | "transferred" | "received" | "notAccepted" | "registered" | "served" | "investigation" | "suspended" | "mediated" | "decided" | "decisionServed" | "litigation" | "enforcementRequested" | "final")[];
                /** @description received on or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    protectionPostCasesImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    protectionGetCasesImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    protectionGetDeadlineRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionDeadlineRule"][];
                };
            };
        };
    };
    protectionPutDeadlineRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectionDeadlineRuleUpsertInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionDeadlineRule"];
                };
            };
        };
    };
    protectionDeleteDeadlineRulesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    protectionGetDeadlineRulesExportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    protectionGetDeliveries: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "createdAt" | "nextAttemptAt";
                status?: "pending" | "delivered";
                webhookId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionDeliveryPage"];
                };
            };
        };
    };
    protectionPostDeliveriesByOutboxIdByWebhookIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                outboxId: number;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    protectionGetDeliveriesExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "createdAt" | "nextAttemptAt";
                status?: "pending" | "delivered";
                webhookId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    protectionPostDeliveriesRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivered: number;
                        failed: number;
                    };
                };
            };
        };
    };
    protectionGetHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionHome"];
                };
            };
        };
    };
    protectionGetMediators: {
        parameters: {
            query?: {
                onRoster?: "true" | "false";
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                rosterCourtId?: string;
                sort?: "name" | "workload" | "cases" | "successRate" | "createdAt";
                speciality?: "patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other";
                status?: "active" | "suspended" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediatorPage"];
                };
            };
        };
    };
    protectionPostMediators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediatorCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mediator"];
                };
            };
        };
    };
    protectionGetMediatorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mediator"];
                };
            };
        };
    };
    protectionPatchMediatorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediatorUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mediator"];
                };
            };
        };
    };
    protectionGetMediatorsByIdComplaints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediatorComplaint"][];
                };
            };
        };
    };
    protectionPostMediatorsByIdComplaints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediatorComplaintCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediatorComplaint"];
                };
            };
        };
    };
    protectionPatchMediatorsByIdComplaintsByChildId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediatorComplaintResolveInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediatorComplaint"];
                };
            };
        };
    };
    protectionGetMediatorsAccounts: {
        parameters: {
            query: {
                orgId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        id: string;
                        username: string;
                    }[];
                };
            };
        };
    };
    protectionGetMediatorsExportXlsx: {
        parameters: {
            query?: {
                onRoster?: "true" | "false";
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                rosterCourtId?: string;
                sort?: "name" | "workload" | "cases" | "successRate" | "createdAt";
                speciality?: "patent" | "trademark" | "copyright" | "tradeSecret" | "unfairCompetition" | "technologyContract" | "other";
                status?: "active" | "suspended" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    protectionPostMediatorsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    protectionGetMediatorsImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    protectionGetOrganisations: {
        parameters: {
            query?: {
                /** @description office: IP offices that decide disputes */
                kind?: "mediationOrg" | "office" | "court";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediationOrg"][];
                };
            };
        };
    };
    protectionPutOrganisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectionOrgProfileUpsertInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediationOrg"];
                };
            };
        };
    };
    protectionGetOrganisationsExportXlsx: {
        parameters: {
            query?: {
                /** @description office: IP offices that decide disputes */
                kind?: "mediationOrg" | "office" | "court";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    protectionGetStatistics: {
        parameters: {
            query?: {
                /** @description received on or after (default: 1 January of this year) */
                from?: string;
                orgId?: string;
                regionCode?: string;
                /** @description received on or before (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionStatistics"];
                };
            };
        };
    };
    protectionGetStatisticsExportXlsx: {
        parameters: {
            query?: {
                /** @description received on or after (default: 1 January of this year) */
                from?: string;
                orgId?: string;
                regionCode?: string;
                /** @description received on or before (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    protectionGetWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionWebhook"][];
                };
            };
        };
    };
    protectionPostWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectionWebhookCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionWebhook"];
                };
            };
        };
    };
    protectionDeleteWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    protectionPatchWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProtectionWebhookUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionWebhook"];
                };
            };
        };
    };
    publishGetArticles: {
        parameters: {
            query?: {
                authorOrgId?: string;
                eventKind?: ("jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other") | ("jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other")[];
                /** @description news date from */
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description part of the title, summary or source */
                q?: string;
                /** @description event region subtree */
                regionCode?: string;
                sort?: "newsDate" | "title" | "eventDate" | "status" | "updatedAt";
                status?: ("draft" | "review" | "published") | ("draft" | "review" | "published")[];
                /** @description news date to */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePage"];
                };
            };
        };
    };
    publishPostArticles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishGetArticlesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishDeleteArticlesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    publishPatchArticlesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishPostArticlesByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishGetArticlesByIdAttachmentsByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    publishDeleteArticlesByIdAttachmentsByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishGetArticlesByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    publishPostArticlesByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishPostArticlesByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleReviewInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishPostArticlesByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishPostArticlesByIdUnpublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleReviewInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
        };
    };
    publishGetArticlesExportXlsx: {
        parameters: {
            query?: {
                authorOrgId?: string;
                eventKind?: ("jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other") | ("jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other")[];
                /** @description news date from */
                from?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description part of the title, summary or source */
                q?: string;
                /** @description event region subtree */
                regionCode?: string;
                sort?: "newsDate" | "title" | "eventDate" | "status" | "updatedAt";
                status?: ("draft" | "review" | "published") | ("draft" | "review" | "published")[];
                /** @description news date to */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    publishPostIngestFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestAnalysis"];
                };
            };
        };
    };
    publishPostIngestSave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestSaveInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestSaved"];
                };
            };
        };
    };
    publishPostIngestText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestTextInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestAnalysis"];
                };
            };
        };
    };
    publishGetPublicNews: {
        parameters: {
            query?: {
                eventKind?: ("jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other") | ("jointConference" | "workConference" | "summit" | "seminar" | "signing" | "unveiling" | "training" | "statisticsRelease" | "other")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "newsDate";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicNewsPage"];
                };
            };
        };
    };
    publishGetPublicNewsRss: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RSS 2.0 feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
        };
    };
    publishGetPublicNewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicArticle"];
                };
            };
        };
    };
    publishGetPublicNewsByIdAttachmentsByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    publishGetPublicTopTen: {
        parameters: {
            query?: {
                regionCode?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        available: {
                            regionCode: string;
                            regionName: string;
                            year: number;
                        }[];
                        list: components["schemas"]["TopTenList"] | null;
                    };
                };
            };
        };
    };
    publishGetReportedFigures: {
        parameters: {
            query?: {
                articleId?: string;
                indicatorId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description part of the indicator name */
                q?: string;
                regionCode?: string;
                sort?: "year" | "indicator" | "value" | "createdAt";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportedFigurePage"];
                };
            };
        };
    };
    publishGetReportedFiguresExportXlsx: {
        parameters: {
            query?: {
                articleId?: string;
                indicatorId?: string;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description part of the indicator name */
                q?: string;
                regionCode?: string;
                sort?: "year" | "indicator" | "value" | "createdAt";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    publishPostReportedFiguresImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    publishGetReportedFiguresImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    publishGetSearch: {
        parameters: {
            query: {
                from?: string;
                kind?: string | string[];
                page?: number;
                pageSize?: number;
                q: string;
                regionCode?: string;
                sort?: "relevance" | "date";
                to?: string;
                type?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
        };
    };
    publishGetSearchExportXlsx: {
        parameters: {
            query: {
                from?: string;
                kind?: string | string[];
                page?: number;
                pageSize?: number;
                q: string;
                regionCode?: string;
                sort?: "relevance" | "date";
                to?: string;
                type?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    publishGetTopTenByYear: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopTenList"] | null;
                };
            };
        };
    };
    publishPutTopTenByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopTenSaveInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopTenList"];
                };
            };
        };
    };
    publishGetTopTenByYearCandidates: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string | null;
                        id: string;
                        regionCode: string | null;
                        summary: string | null;
                        title: string;
                        /** @enum {string} */
                        type: "meeting" | "agreement" | "unveiling" | "article";
                        url: string | null;
                    }[];
                };
            };
        };
    };
    publishPostTopTenByYearPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopTenList"];
                };
            };
        };
    };
    publishPostTopTenByYearUnpublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopTenList"];
                };
            };
        };
    };
    statsGetBaselines: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description this region and its subtree */
                regionCode?: string;
                sort?: "regionCode" | "year" | "population" | "gdp" | "area";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsBaselinePage"];
                };
            };
        };
    };
    statsPutBaselines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatsBaselineUpsertInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsBaseline"];
                };
            };
        };
    };
    statsGetBaselinesByRegionCodeByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsBaseline"];
                };
            };
        };
    };
    statsDeleteBaselinesByRegionCodeByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    statsGetBaselinesByRegionCodeByYearHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    statsGetBaselinesExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description this region and its subtree */
                regionCode?: string;
                sort?: "regionCode" | "year" | "population" | "gdp" | "area";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsCatalogueEntry"][];
                };
            };
        };
    };
    statsGetCompare: {
        parameters: {
            query: {
                indicator: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                /** @description the parent whose sub-regions are compared */
                region: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsCompare"];
                };
            };
        };
    };
    statsGetCompareExportXlsx: {
        parameters: {
            query: {
                indicator: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                /** @description the parent whose sub-regions are compared */
                region: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetDashboard: {
        parameters: {
            query: {
                /** @description GB/T 2260 code, or 000000 for the whole country */
                region: string;
                /** @description defaults to the latest year with values */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsDashboard"];
                };
            };
        };
    };
    statsGetDashboardExportXlsx: {
        parameters: {
            query: {
                /** @description GB/T 2260 code, or 000000 for the whole country */
                region: string;
                /** @description defaults to the latest year with values */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetFigures: {
        parameters: {
            query?: {
                measure?: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                regionCode?: string;
                sort?: "regionCode" | "year" | "measure" | "value";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsFigurePage"];
                };
            };
        };
    };
    statsPutFigures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatsFigureUpsertInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsFigure"];
                };
            };
        };
    };
    statsGetFiguresByRegionCodeByYearByMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
                regionCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsFigure"];
                };
            };
        };
    };
    statsDeleteFiguresByRegionCodeByYearByMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
                regionCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    statsGetFiguresByRegionCodeByYearByMeasureHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                measure: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
                regionCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    statsGetFiguresExportXlsx: {
        parameters: {
            query?: {
                measure?: "grants_inv_dom" | "grants_inv_for" | "grants_um_dom" | "grants_um_for" | "grants_des_dom" | "grants_des_for" | "inv_stock_dom" | "inv_stock_for" | "hv_stock_dom" | "hv_stock_for" | "tm_regs_dom" | "tm_regs_for" | "tm_stock_dom" | "tm_stock_for" | "pct_dom" | "pct_for" | "gi_stock" | "fin_pledge_amount" | "fin_pledge_count" | "fin_pledge_enterprises" | "fin_patent_pledge_amount" | "fin_trademark_pledge_amount" | "fin_gi_pledge_amount" | "fin_inclusive_loan_amount" | "fin_inclusive_loans" | "fin_subsidies_paid" | "fin_securitisation_amount";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                regionCode?: string;
                sort?: "regionCode" | "year" | "measure" | "value";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetGis: {
        parameters: {
            query?: {
                holderKind?: ("enterprise" | "university" | "institute" | "individual" | "foreign") | ("enterprise" | "university" | "institute" | "individual" | "foreign")[];
                kind?: ("product" | "trademark" | "agricultural") | ("product" | "trademark" | "agricultural")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description record number, holder or title */
                q?: string;
                /** @description only records of this region subtree */
                regionCode?: string;
                sort?: "giNo" | "name" | "registrationDate" | "regionCode";
                status?: ("valid" | "revoked") | ("valid" | "revoked")[];
                /** @description grant / registration / filing year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsGiPage"];
                };
            };
        };
    };
    statsGetGisExportXlsx: {
        parameters: {
            query?: {
                holderKind?: ("enterprise" | "university" | "institute" | "individual" | "foreign") | ("enterprise" | "university" | "institute" | "individual" | "foreign")[];
                kind?: ("product" | "trademark" | "agricultural") | ("product" | "trademark" | "agricultural")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description record number, holder or title */
                q?: string;
                /** @description only records of this region subtree */
                regionCode?: string;
                sort?: "giNo" | "name" | "registrationDate" | "regionCode";
                status?: ("valid" | "revoked") | ("valid" | "revoked")[];
                /** @description grant / registration / filing year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetImports: {
        parameters: {
            query?: {
                kind?: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsImportHistoryPage"];
                };
            };
        };
    };
    statsPostImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatsImportStartInput"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    statsGetImportsExportXlsx: {
        parameters: {
            query?: {
                kind?: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsPostImportsPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsImportPreview"];
                };
            };
        };
    };
    statsGetImportsTemplateByKind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "patent" | "trademark" | "pct" | "gi" | "baseline" | "figure";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetOpenCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsCatalogueEntry"][];
                };
            };
        };
    };
    statsGetOpenIndicators: {
        parameters: {
            query?: {
                indicator?: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                /** @description the published sub-regions of this region */
                parent?: string;
                /** @description one region (published values only) */
                region?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenStatsIndicator"][];
                };
            };
        };
    };
    statsGetOpenIndicatorsCsv: {
        parameters: {
            query?: {
                indicator?: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                /** @description the published sub-regions of this region */
                parent?: string;
                /** @description one region (published values only) */
                region?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8 with a byte-order mark */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    statsGetOpenPublications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenStatsPublication"][];
                };
            };
        };
    };
    statsGetPatents: {
        parameters: {
            query?: {
                /** @description only high-value invention patents (as of today) */
                highValue?: "0" | "1" | "true" | "false";
                holderKind?: ("enterprise" | "university" | "institute" | "individual" | "foreign") | ("enterprise" | "university" | "institute" | "individual" | "foreign")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description record number, holder or title */
                q?: string;
                /** @description only records of this region subtree */
                regionCode?: string;
                sort?: "applicationNo" | "applicationDate" | "grantDate" | "regionCode";
                status?: ("pending" | "valid" | "lapsed" | "invalidated" | "expired" | "rejected" | "withdrawn") | ("pending" | "valid" | "lapsed" | "invalidated" | "expired" | "rejected" | "withdrawn")[];
                type?: ("invention" | "utilityModel" | "design") | ("invention" | "utilityModel" | "design")[];
                /** @description grant / registration / filing year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsPatentPage"];
                };
            };
        };
    };
    statsGetPatentsByNo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsPatent"];
                };
            };
        };
    };
    statsGetPatentsExportXlsx: {
        parameters: {
            query?: {
                /** @description only high-value invention patents (as of today) */
                highValue?: "0" | "1" | "true" | "false";
                holderKind?: ("enterprise" | "university" | "institute" | "individual" | "foreign") | ("enterprise" | "university" | "institute" | "individual" | "foreign")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description record number, holder or title */
                q?: string;
                /** @description only records of this region subtree */
                regionCode?: string;
                sort?: "applicationNo" | "applicationDate" | "grantDate" | "regionCode";
                status?: ("pending" | "valid" | "lapsed" | "invalidated" | "expired" | "rejected" | "withdrawn") | ("pending" | "valid" | "lapsed" | "invalidated" | "expired" | "rejected" | "withdrawn")[];
                type?: ("invention" | "utilityModel" | "design") | ("invention" | "utilityModel" | "design")[];
                /** @description grant / registration / filing year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetPct: {
        parameters: {
            query?: {
                holderKind?: ("enterprise" | "university" | "institute" | "individual" | "foreign") | ("enterprise" | "university" | "institute" | "individual" | "foreign")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description record number, holder or title */
                q?: string;
                /** @description only records of this region subtree */
                regionCode?: string;
                sort?: "pctNo" | "filingDate" | "regionCode";
                /** @description grant / registration / filing year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsPctPage"];
                };
            };
        };
    };
    statsGetPctExportXlsx: {
        parameters: {
            query?: {
                holderKind?: ("enterprise" | "university" | "institute" | "individual" | "foreign") | ("enterprise" | "university" | "institute" | "individual" | "foreign")[];
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description record number, holder or title */
                q?: string;
                /** @description only records of this region subtree */
                regionCode?: string;
                sort?: "pctNo" | "filingDate" | "regionCode";
                /** @description grant / registration / filing year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetPublications: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                regionCode?: string;
                sort?: "publishedAt" | "year" | "regionCode";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsPublicationPage"];
                };
            };
        };
    };
    statsPostPublications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatsPublishInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsPublication"][];
                };
            };
        };
    };
    statsDeletePublicationsByRegionCodeByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    statsGetPublicationsExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                regionCode?: string;
                sort?: "publishedAt" | "year" | "regionCode";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetRanking: {
        parameters: {
            query: {
                indicator: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description cities | provinces | province:44 | districts:4403 */
                peer?: string;
                /** @description part of the region name */
                q?: string;
                sort?: "rank" | "value" | "regionCode";
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsRankingPage"];
                };
            };
        };
    };
    statsGetRankingExportXlsx: {
        parameters: {
            query: {
                indicator: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description cities | provinces | province:44 | districts:4403 */
                peer?: string;
                /** @description part of the region name */
                q?: string;
                sort?: "rank" | "value" | "regionCode";
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsPostRecompute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    statsGetReports: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                regionCode?: string;
                sort?: "createdAt";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsReportPage"];
                };
            };
        };
    };
    statsPostReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatsReportStartInput"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    statsGetReportsByIdByFormat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: "pdf" | "xlsx";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetReportsExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                regionCode?: string;
                sort?: "createdAt";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsSettings"];
                };
            };
        };
    };
    statsPutSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatsSettingsInput"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    statsGetTrademarks: {
        parameters: {
            query?: {
                holderKind?: ("enterprise" | "university" | "institute" | "individual" | "foreign") | ("enterprise" | "university" | "institute" | "individual" | "foreign")[];
                madrid?: "0" | "1" | "true" | "false";
                niceClass?: number;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description record number, holder or title */
                q?: string;
                /** @description only records of this region subtree */
                regionCode?: string;
                sort?: "registrationNo" | "registrationDate" | "niceClass" | "regionCode";
                status?: ("registered" | "cancelled" | "revoked" | "invalidated" | "expired") | ("registered" | "cancelled" | "revoked" | "invalidated" | "expired")[];
                /** @description grant / registration / filing year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsTrademarkPage"];
                };
            };
        };
    };
    statsGetTrademarksExportXlsx: {
        parameters: {
            query?: {
                holderKind?: ("enterprise" | "university" | "institute" | "individual" | "foreign") | ("enterprise" | "university" | "institute" | "individual" | "foreign")[];
                madrid?: "0" | "1" | "true" | "false";
                niceClass?: number;
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                /** @description record number, holder or title */
                q?: string;
                /** @description only records of this region subtree */
                regionCode?: string;
                sort?: "registrationNo" | "registrationDate" | "niceClass" | "regionCode";
                status?: ("registered" | "cancelled" | "revoked" | "invalidated" | "expired") | ("registered" | "cancelled" | "revoked" | "invalidated" | "expired")[];
                /** @description grant / registration / filing year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    statsGetTrend: {
        parameters: {
            query: {
                from?: number;
                indicator: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                region: string;
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsTrend"];
                };
            };
        };
    };
    statsGetTrendExportXlsx: {
        parameters: {
            query: {
                from?: number;
                indicator: "patentGrants" | "domesticPatentGrants" | "inventionGrants" | "utilityModelGrants" | "designGrants" | "inventionPatentsInForce" | "domesticInventionPatentsInForce" | "inventionPatentsPer10k" | "allHolderInventionPatentsPer10k" | "highValueInventionPatents" | "highValueInventionPatentsPer10k" | "patentsPer100MGdp" | "inventionPatentsPerKm2" | "trademarkRegistrations" | "domesticTrademarkRegistrations" | "trademarksInForce" | "domesticTrademarksInForce" | "pctApplications" | "domesticPctApplications" | "geographicalIndications" | "pledgeFinancingAmount" | "pledgeFinancingProjects" | "pledgeFinancingEnterprises" | "patentPledgeAmount" | "trademarkPledgeAmount" | "giPledgeAmount" | "inclusiveIpLoanAmount" | "inclusiveIpLoans" | "ipFinanceSubsidiesPaid" | "ipSecuritisationAmount" | "enfCasesOpened" | "enfCasesClosed" | "enfPenalties" | "enfPenaltyAmount" | "enfTransfers" | "enfTransfersOpened" | "enfDetentions" | "enfDetentionsTrademark" | "enfDetentionsPatent" | "enfClueAnswerDays";
                region: string;
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksGet: {
        parameters: {
            query?: {
                dueBefore?: string;
                flag?: "none" | "yellow" | "red";
                leadOrgId?: string;
                leavesOnly?: "true" | "false";
                /** @description tasks made from this meeting's resolutions */
                meetingId?: string;
                /** @description true: tasks my unit leads or supports */
                mine?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "number" | "deadline" | "progress" | "status" | "title" | "leadOrg";
                status?: ("planned" | "inProgress" | "atRisk" | "overdue" | "completed" | "cancelled") | ("planned" | "inProgress" | "atRisk" | "overdue" | "completed" | "cancelled")[];
                workPlanId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
        };
    };
    tasksPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
        };
    };
    tasksGetById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
        };
    };
    tasksDeleteById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tasksPatchById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
        };
    };
    tasksPostByIdAdjustments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustmentCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
        };
    };
    tasksPostByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
        };
    };
    tasksGetByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderComment"][];
                };
            };
        };
    };
    tasksPostByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderComment"];
                };
            };
        };
    };
    tasksGetByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    tasksPostByIdNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticeCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionNotice"];
                };
            };
        };
    };
    tasksPostByIdReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressReportCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
        };
    };
    tasksGetAdjustments: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                sort?: "createdAt" | "status";
                status?: "pending" | "approved" | "refused";
                taskId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentPage"];
                };
            };
        };
    };
    tasksPostAdjustmentsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
        };
    };
    tasksPostAdjustmentsByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
        };
    };
    tasksDeleteAssessmentBonusesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
        };
    };
    tasksGetAssessmentBonusesByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    tasksGetAssessments: {
        parameters: {
            query: {
                regionCode?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
        };
    };
    tasksPostAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
        };
    };
    tasksPostAssessmentsByIdBonuses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BonusCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
        };
    };
    tasksPostAssessmentsByIdFinalise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
        };
    };
    tasksGetAssessmentsExportXlsx: {
        parameters: {
            query: {
                regionCode?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksGetDashboard: {
        parameters: {
            query?: {
                regionCode?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TasksDashboard"];
                };
            };
        };
    };
    tasksGetExportXlsx: {
        parameters: {
            query?: {
                dueBefore?: string;
                flag?: "none" | "yellow" | "red";
                leadOrgId?: string;
                leavesOnly?: "true" | "false";
                /** @description tasks made from this meeting's resolutions */
                meetingId?: string;
                /** @description true: tasks my unit leads or supports */
                mine?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "number" | "deadline" | "progress" | "status" | "title" | "leadOrg";
                status?: ("planned" | "inProgress" | "atRisk" | "overdue" | "completed" | "cancelled") | ("planned" | "inProgress" | "atRisk" | "overdue" | "completed" | "cancelled")[];
                workPlanId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksPostFromResolution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskFromResolutionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
        };
    };
    tasksGetHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TasksHome"];
                };
            };
        };
    };
    tasksGetProgressReports: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                sort?: "createdAt" | "percent" | "status";
                status?: "submitted" | "accepted" | "returned";
                taskId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReportPage"];
                };
            };
        };
    };
    tasksPostProgressReportsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
        };
    };
    tasksGetProgressReportsByIdFilesByChildId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file as uploaded, with its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    tasksPostProgressReportsByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnReportInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
                };
            };
        };
    };
    tasksGetProgressReportsExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                sort?: "createdAt" | "percent" | "status";
                status?: "submitted" | "accepted" | "returned";
                taskId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksPostProgressReportsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    tasksGetProgressReportsImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksGetSupervisionNotices: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                sort?: "issuedAt" | "responseDue" | "level" | "status";
                status?: "open" | "responded" | "escalated" | "closed";
                taskId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePage"];
                };
            };
        };
    };
    tasksPostSupervisionNoticesByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionNotice"];
                };
            };
        };
    };
    tasksPostSupervisionNoticesByIdRespond: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticeRespondInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionNotice"];
                };
            };
        };
    };
    tasksGetSupervisionNoticesExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                orgId?: string;
                page?: number;
                pageSize?: number;
                sort?: "issuedAt" | "responseDue" | "level" | "status";
                status?: "open" | "responded" | "escalated" | "closed";
                taskId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksGetTaskBooks: {
        parameters: {
            query?: {
                acknowledged?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                /** @description task books issued to this unit */
                receiverOrgId?: string;
                regionCode?: string;
                sort?: "issuedAt" | "title" | "receiver";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskBookPage"];
                };
            };
        };
    };
    tasksPostTaskBooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBookCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskBook"];
                };
            };
        };
    };
    tasksGetTaskBooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedByName: string | null;
                        canAcknowledge: boolean;
                        completed: number;
                        id: string;
                        issuedAt: string;
                        issuedByName: string | null;
                        note: string | null;
                        progress: number;
                        /** @enum {string} */
                        receiverKind: "unit" | "district";
                        receiverOrgId: string;
                        receiverOrgName: string;
                        regionCode: string;
                        regionName: string;
                        taskCount: number;
                        tasks: components["schemas"]["TaskSummary"][];
                        title: string;
                        workPlanId: string | null;
                        year: number;
                    };
                };
            };
        };
    };
    tasksDeleteTaskBooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tasksPostTaskBooksByIdAcknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskBook"];
                };
            };
        };
    };
    tasksGetTaskBooksByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
        };
    };
    tasksGetTaskBooksExportXlsx: {
        parameters: {
            query?: {
                acknowledged?: "true" | "false";
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                /** @description task books issued to this unit */
                receiverOrgId?: string;
                regionCode?: string;
                sort?: "issuedAt" | "title" | "receiver";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksGetWorkPlans: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "year" | "title" | "createdAt";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlanPage"];
                };
            };
        };
    };
    tasksPostWorkPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPlanCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlan"];
                };
            };
        };
    };
    tasksGetWorkPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlan"];
                };
            };
        };
    };
    tasksDeleteWorkPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tasksPatchWorkPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkPlanUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkPlan"];
                };
            };
        };
    };
    tasksGetWorkPlansByIdExportXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksPostWorkPlansByIdImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
        };
    };
    tasksPostWorkPlansByIdImportText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanTextInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanTextResult"];
                };
            };
        };
    };
    tasksGetWorkPlansByIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskSummary"][];
                };
            };
        };
    };
    tasksGetWorkPlansExportXlsx: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
                q?: string;
                regionCode?: string;
                sort?: "year" | "title" | "createdAt";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    tasksGetWorkPlansImportTemplateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
}
