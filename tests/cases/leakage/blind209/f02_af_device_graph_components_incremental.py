"""New-account fraud take-home.

Idea: fraud rings re-use devices, IPs, phones and billing addresses across many
applications. Applications are linked through those shared attributes and the
size of the linked cluster is used as a feature.

The cluster is grown one application at a time in signup order (union-find),
so each application only sees the cluster as it stood when it arrived - that
is all a live system would know at decision time.

Validation: last 20% of signups, restricted to devices never seen before the
cut-off.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "is_fraud_account"
LINK_COLS = ["device_id", "ip_address", "phone_hash", "billing_address"]
FREE_MAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "mail.ru"}


class UnionFind:
    def __init__(self):
        self.parent = {}
        self.n_apps = {}
        self.n_attrs = {}

    def add(self, x, is_app):
        if x not in self.parent:
            self.parent[x] = x
            self.n_apps[x] = 0
            self.n_attrs[x] = 0 if is_app else 1

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            nxt = self.parent[x]
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.n_apps[ra] + self.n_attrs[ra] < self.n_apps[rb] + self.n_attrs[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.n_apps[ra] += self.n_apps[rb]
        self.n_attrs[ra] += self.n_attrs[rb]
        return ra


train = pd.read_csv("train.csv", parse_dates=["signup_time"])
test = pd.read_csv("test.csv", parse_dates=["signup_time"])
print(train.shape, test.shape)
print("fraud rate:", round(train[TARGET].mean(), 4))
print(train[LINK_COLS].nunique())

full = pd.concat(
    [train.assign(part="train"), test.assign(part="test")], ignore_index=True
)
full = full.sort_values("signup_time", kind="mergesort").reset_index(drop=True)

uf = UnionFind()
comp_apps_before, comp_attrs_at = [], []
for row in full[["application_id"] + LINK_COLS].itertuples(index=False):
    app = ("app", row.application_id)
    uf.add(app, is_app=True)
    root = uf.find(app)
    for col in LINK_COLS:
        val = getattr(row, col)
        if pd.isna(val):
            continue
        uf.add((col, val), is_app=False)
        root = uf.union(root, (col, val))
    comp_apps_before.append(uf.n_apps[root])
    comp_attrs_at.append(uf.n_attrs[root])
    uf.n_apps[root] += 1

full["component_apps"] = comp_apps_before
full["component_attrs"] = comp_attrs_at
full["component_density"] = full["component_apps"] / full["component_attrs"].clip(lower=1)

for col in LINK_COLS:
    full[f"{col}_n_apps"] = full.groupby(col).cumcount()
full["max_shared"] = full[[f"{c}_n_apps" for c in LINK_COLS]].max(axis=1)

full["hour"] = full["signup_time"].dt.hour
full["dow"] = full["signup_time"].dt.dayofweek
full["log_income"] = np.log1p(full["declared_income"].clip(lower=0))
full["free_mail"] = full["email_domain"].isin(FREE_MAIL).astype(int)
full["edits_per_min"] = full["n_form_edits"] / (full["session_seconds"] / 60 + 1)

FEATURES = [
    "component_apps", "component_attrs", "component_density",
    "device_id_n_apps", "ip_address_n_apps", "phone_hash_n_apps",
    "billing_address_n_apps", "max_shared",
    "hour", "dow", "age", "log_income", "free_mail",
    "session_seconds", "n_form_edits", "edits_per_min", "card_bin",
]

lab = full[full["part"] == "train"].copy()
sub = full[full["part"] == "test"].copy()

cutoff = lab["signup_time"].quantile(0.8)
tr = lab[lab["signup_time"] < cutoff]
va = lab[lab["signup_time"] >= cutoff]
va = va[~va["device_id"].isin(set(tr["device_id"]))]
print(f"train {len(tr)}  valid {len(va)}  valid fraud rate {va[TARGET].mean():.4f}")

model = HistGradientBoostingClassifier(
    learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
    l2_regularization=1.0, class_weight="balanced", random_state=7,
)
model.fit(tr[FEATURES], tr[TARGET])
p_va = model.predict_proba(va[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
p_dummy = dummy.predict_proba(va[FEATURES])[:, 1]

print(f"dummy  ROC AUC {roc_auc_score(va[TARGET], p_dummy):.3f}  "
      f"AP {average_precision_score(va[TARGET], p_dummy):.3f}")
print(f"model  ROC AUC {roc_auc_score(va[TARGET], p_va):.3f}  "
      f"AP {average_precision_score(va[TARGET], p_va):.3f}")

model.fit(lab[FEATURES], lab[TARGET])
sub["prediction"] = model.predict_proba(sub[FEATURES])[:, 1]
sub[["application_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", sub.shape)
