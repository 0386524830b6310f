"""Disclosure rules — one check per module, registered by name with ``classifiers.registry``.

=====================  ==================  ====================================================
check                  code                article
=====================  ==================  ====================================================
``nature``             LABEL_MISMATCH      《公开属性源头认定制度》第三条（一）
``forwarding``         FORWARD_MISMATCH    《公开属性源头认定制度》第三条（二）
``mixed_content``      MIXED_CONTENT       《公开属性源头认定制度》第三条（三）
``secret_marking``     SECRET_MARKING      《保密审查工作制度》第五条（一）
``secret_content``     SECRET_CONTENT      《保密审查工作制度》第五条（二）、第八条
``reason``             REASON_MISSING      《保密审查工作制度》第十条 (off by default)
=====================  ==================  ====================================================

The marking itself (LABEL_MISSING / LABEL_INVALID / LABEL_CONFLICT) is ``classifiers.markings``,
which runs before every check so each can read the resolved attribute from ``AuditContext``.
"""

from . import forwarding, mixed_content, nature, reason, secret_content, secret_marking  # noqa: F401

#: The checks this package registers, in the order they run.
RULE_CHECKS = ("secret_marking", "nature", "forwarding", "mixed_content", "secret_content", "reason")
