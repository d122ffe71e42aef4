"""``Hearth``: the one object both front-ends (CLI and GUI) talk to.

It is built once (``Hearth.open()``) and owns the paths, the database and its
repositories, the settings, the secret store, the privacy ledger and the HTTP
session factory. Feature modules take a ``Hearth`` and use these collaborators;
tests build one over a temporary folder (and may inject a keyring backend).
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING, Any

from app import config
from app import settings as S
from app.ledger import Ledger
from app.paths import Paths
from app.secrets import SecretStore
from app.services import urls
from app.storage import AccountsRepo, Database, LedgerRepo, MembersRepo, SettingsRepo

if TYPE_CHECKING:
    # requests is imported on first use: it costs ~65 ms at start-up. The repositories the window
    # does not need for its first paint are built on first use too (see Hearth below).
    from app.services.http import HearthSession
    from app.storage.business_domains import BusinessDomainsRepo
    from app.storage.care import CareRepo
    from app.storage.care_links import CareLinksRepo
    from app.storage.checklists import BusinessAnswersRepo, LegacyRepo
    from app.storage.findings import FindingsRepo, RunsRepo
    from app.storage.scam_checks import ScamChecksRepo
    from checks.base import MemberFacts
    from checks.cancel import CancelToken

log = logging.getLogger(__name__)

ENV_OFFLINE = config.OFFLINE


class Hearth:
    """The application core.

    Attributes:
        paths: where files live.
        database: the open database.
        members, accounts, scam_checks, legacy_items, business_answers, business_domains, findings,
            checkup_runs: repositories (app/storage/).
        settings: typed settings.
        secrets: the keyring-backed secret store.
        ledger: the privacy ledger.
    """

    def __init__(self, paths: Paths, database: Database, secrets: SecretStore | None = None) -> None:
        self.paths = paths
        self.database = database
        self.members = MembersRepo(database)
        self.accounts = AccountsRepo(database)
        self.settings = S.Settings(SettingsRepo(database))
        self.ledger = Ledger(LedgerRepo(database))
        self.secrets = secrets or SecretStore()

    # The other repositories are built on first use: their modules (and the findings' classes) are
    # not imported on the way to the window's first paint (issue 16 item 5, ~5 ms of CPU).

    @cached_property
    def scam_checks(self) -> ScamChecksRepo:
        from app.storage.scam_checks import ScamChecksRepo

        return ScamChecksRepo(self.database)

    @cached_property
    def legacy_items(self) -> LegacyRepo:
        from app.storage.checklists import LegacyRepo

        return LegacyRepo(self.database)

    @cached_property
    def business_answers(self) -> BusinessAnswersRepo:
        from app.storage.checklists import BusinessAnswersRepo

        return BusinessAnswersRepo(self.database)

    @cached_property
    def business_domains(self) -> BusinessDomainsRepo:
        from app.storage.business_domains import BusinessDomainsRepo

        return BusinessDomainsRepo(self.database)

    @cached_property
    def findings(self) -> FindingsRepo:
        from app.storage.findings import FindingsRepo

        return FindingsRepo(self.database)

    @cached_property
    def checkup_runs(self) -> RunsRepo:
        from app.storage.findings import RunsRepo

        return RunsRepo(self.database)

    @cached_property
    def care(self) -> CareRepo:
        from app.storage.care import CareRepo

        return CareRepo(self.database)

    @cached_property
    def care_links(self) -> CareLinksRepo:
        from app.storage.care_links import CareLinksRepo

        return CareLinksRepo(self.database)

    @classmethod
    def open(cls, paths: Paths | None = None, *, secrets: SecretStore | None = None) -> Hearth:
        paths = (paths or Paths.default()).ensure()
        return cls(paths, Database(paths.database), secrets)

    def close(self) -> None:
        self.database.close()

    # -- network ---------------------------------------------------------------------------

    def is_offline(self) -> bool:
        if config.current().offline:
            return True
        return bool(self.settings.get(S.OFFLINE))

    def offline_forced_by_environment(self) -> bool:
        return config.current().offline

    def service_url(self, service: str) -> str:
        return urls.base_url(service, self.settings.get(S.SERVICE_URLS))

    def session(self, service: str, *, cancel: CancelToken | None = None, **options: Any) -> HearthSession:
        """An HTTP session for one service: timeouts, retries, offline switch, ledger."""
        from app.services.http import make_session

        return make_session(service, ledger=self.ledger, is_offline=self.is_offline, cancel=cancel, **options)

    # -- members ---------------------------------------------------------------------------

    def member_facts(self, member_id: int) -> MemberFacts:
        m = self.members.get(member_id)
        from checks.base import MemberFacts

        return MemberFacts(name=m.name, role=m.role, personal_words=m.personal_words)
