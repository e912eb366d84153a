"""
Churn snapshots — shortlist of three models.

MEMO
----
Question: which customer-months should retention call next month.
Unit: customer x snapshot_month; target churned_next_month (~5%).
Excluded: retention_offer_accepted, account_closed_date_known (recorded after
the decision to leave), snapshot_id (row key), customer_id (entity key).

Evaluation: customer-disjoint and out-of-time. Customers are dealt into three
piles (60/20/20). Models learn from the first pile's months before the cut;
the second pile's last three months pick the winner; the third pile's last
three months are the test set, scored once for the winner only.

Shortlist: logistic regression on standardised features, a shallow and a
deeper histogram GBM.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer

T, M, C = "churned_next_month", "snapshot_month", "customer_id"

df = pd.read_csv("train.csv", parse_dates=[M]).sort_values([C, M]).reset_index(drop=True)
g = df.groupby(C)
for col in ["logins_30d", "support_tickets_30d", "monthly_charges"]:
    df[f"{col}_l1"] = g[col].shift(1)
    df[f"{col}_mean3"] = g[col].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
df["login_collapse"] = (df["logins_30d"] < 0.5 * df["logins_30d_mean3"]).astype(int)
# plans are ordered by price; unknown plans get -1
PLAN_RANK = {"basic": 0, "standard": 1, "plus": 2, "premium": 3}
df["plan_code"] = df["plan"].map(PLAN_RANK).fillna(-1)

X_COLS = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
          "logins_30d_l1", "support_tickets_30d_l1", "monthly_charges_l1",
          "logins_30d_mean3", "support_tickets_30d_mean3", "monthly_charges_mean3",
          "login_collapse", "plan_code"]

rng = np.random.default_rng(42)
custs = rng.permutation(df[C].unique())
n = len(custs)
pile = pd.Series(np.repeat(["fit", "val", "test"], [n - 2 * (n // 5), n // 5, n // 5]), index=custs)
df["pile"] = df[C].map(pile)
cut = np.sort(df[M].unique())[-3]
train = df[(df["pile"] == "fit") & (df[M] < cut)]
val = df[(df["pile"] == "val") & (df[M] >= cut)]
test = df[(df["pile"] == "test") & (df[M] >= cut)]
print(f"train {len(train):,} | val {len(val):,} | test {len(test):,} rows")

shortlist = {
    "logreg": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                            LogisticRegression(C=0.2, max_iter=4000)),
    "hgb_shallow": HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=300, random_state=0),
    "hgb_deep": HistGradientBoostingClassifier(max_leaf_nodes=63, learning_rate=0.03, max_iter=600,
                                               l2_regularization=1.0, random_state=0),
}

results = {}
for name, est in shortlist.items():
    est.fit(train[X_COLS], train[T])
    p = est.predict_proba(val[X_COLS])[:, 1]
    results[name] = average_precision_score(val[T], p)
    print(f"{name:12s} val PR-AUC {results[name]:.4f}")
winner = max(results, key=results.get)
print("selected on validation:", winner)

# refit the winner on every labelled row before the cut that is not a test customer
pre_cut = df[(df["pile"] != "test") & (df[M] < cut)]
chosen = shortlist[winner].fit(pre_cut[X_COLS], pre_cut[T])
base = DummyClassifier(strategy="prior").fit(pre_cut[X_COLS], pre_cut[T]).predict_proba(test[X_COLS])[:, 1]
p_test = chosen.predict_proba(test[X_COLS])[:, 1]
print(f"{'baseline':12s} test PR-AUC {average_precision_score(test[T], base):.4f}")
print(f"{winner:12s} test PR-AUC {average_precision_score(test[T], p_test):.4f}  ROC-AUC {roc_auc_score(test[T], p_test):.4f}")

# hand-in: winner refit on all labelled months
final = shortlist[winner].fit(df[X_COLS], df[T])
sub_raw = pd.read_csv("test.csv", parse_dates=[M])
both = pd.concat([pd.read_csv("train.csv", parse_dates=[M]), sub_raw]).sort_values([C, M]).reset_index(drop=True)
gb = both.groupby(C)
for col in ["logins_30d", "support_tickets_30d", "monthly_charges"]:
    both[f"{col}_l1"] = gb[col].shift(1)
    both[f"{col}_mean3"] = gb[col].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
both["login_collapse"] = (both["logins_30d"] < 0.5 * both["logins_30d_mean3"]).astype(int)
both["plan_code"] = both["plan"].map(PLAN_RANK).fillna(-1)
rows = both[both["snapshot_id"].isin(sub_raw["snapshot_id"])]
pd.DataFrame({"snapshot_id": rows["snapshot_id"], "prediction": final.predict_proba(rows[X_COLS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
