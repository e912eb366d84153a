"""New-account fraud take-home.

Idea: fraud rings re-use devices, IPs, phones and billing addresses across many
applications. I link applications through those shared attributes with networkx
and use the connected component an application falls in (how many applications,
how many distinct attributes) plus per-attribute degrees as features.

Validation: last 20% of signups, restricted to devices never seen before the
cut-off, so the score reflects genuinely new devices.
"""
import numpy as np
import pandas as pd
import networkx as nx
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "is_fraud_account"
LINK_COLS = ["device_id", "ip_address", "phone_hash", "billing_address"]
FREE_MAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "mail.ru"}

train = pd.read_csv("train.csv", parse_dates=["signup_time"])
test = pd.read_csv("test.csv", parse_dates=["signup_time"])
print(train.shape, test.shape)
print("fraud rate:", round(train[TARGET].mean(), 4))
print(train[LINK_COLS].nunique())
print(train["signup_time"].min(), train["signup_time"].max())

full = pd.concat(
    [train.assign(part="train"), test.assign(part="test")], ignore_index=True
)
full = full.sort_values("signup_time").reset_index(drop=True)

# --- bipartite graph: application nodes <-> attribute value nodes ------------
G = nx.Graph()
for row in full[["application_id"] + LINK_COLS].itertuples(index=False):
    app = ("app", row.application_id)
    G.add_node(app)
    for col in LINK_COLS:
        val = getattr(row, col)
        if pd.isna(val):
            continue
        G.add_edge(app, (col, val))

print("nodes:", G.number_of_nodes(), "edges:", G.number_of_edges())

comp_apps, comp_attrs = {}, {}
for comp in nx.connected_components(G):
    apps = [n[1] for n in comp if n[0] == "app"]
    n_attr = len(comp) - len(apps)
    for a in apps:
        comp_apps[a] = len(apps)
        comp_attrs[a] = n_attr

full["component_apps"] = full["application_id"].map(comp_apps)
full["component_attrs"] = full["application_id"].map(comp_attrs)
full["component_density"] = full["component_apps"] / full["component_attrs"].clip(lower=1)

for col in LINK_COLS:
    deg = {n[1]: d for n, d in G.degree() if n[0] == col}
    full[f"{col}_n_apps"] = full[col].map(deg).fillna(0)
full["max_shared"] = full[[f"{c}_n_apps" for c in LINK_COLS]].max(axis=1)

# --- plain application features ----------------------------------------------
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

# --- refit on everything labelled and score the test file -----------------------
model.fit(lab[FEATURES], lab[TARGET])
sub["prediction"] = model.predict_proba(sub[FEATURES])[:, 1]
sub[["application_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", sub.shape)
