# churn-snapshots: gradient boosting on engagement features
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True))
print(train.groupby(GROUP).size().describe())
print(pd.crosstab(train["retention_offer_accepted"], train[TARGET], normalize="index"))

# account_closed_date_known is only filled in once the account is closed -> pure leakage, drop.
# retention_offer_accepted is a CRM field that exists at snapshot time and says a lot about
# how engaged the customer is, so it stays in as an engagement signal.
DROP = [TARGET, ID, GROUP, TIME, "account_closed_date_known"]


def featurize(d):
    d = d.copy()
    d["login_gap_ratio"] = d["days_since_last_login"] / 30.0
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"] + 1)
    d["charges_x_discount"] = d["monthly_charges"] * (1 - d["has_discount"])
    d["new_customer"] = (d["tenure_months"] <= 3).astype(int)
    return pd.get_dummies(d, columns=["plan", "region"], dtype=int)


both = featurize(pd.concat([train, test], ignore_index=True))
FEATURES = [c for c in both.columns if c not in DROP]
train_f = both.iloc[: len(train)].copy()
test_f = both.iloc[len(train):].copy()
print(FEATURES)

# validation: 30% of customers held out, and only their Jul-Sep rows are scored;
# training uses the remaining customers before July.
rng = np.random.RandomState(7)
customers = train_f[GROUP].unique()
hold_customers = set(rng.choice(customers, size=int(0.3 * len(customers)), replace=False))
in_hold = train_f[GROUP].isin(hold_customers)
cut = pd.Timestamp("2024-07-01")
tr = train_f[~in_hold & (train_f[TIME] < cut)]
va = train_f[in_hold & (train_f[TIME] >= cut)]
print(len(tr), len(va), round(va[TARGET].mean(), 4))

dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                 subsample=0.8, random_state=0)
gbm.fit(tr[FEATURES], tr[TARGET])

scores = {}
for name, m in [("dummy", dummy), ("gbm", gbm)]:
    p = m.predict_proba(va[FEATURES])[:, 1]
    scores[name] = (roc_auc_score(va[TARGET], p), average_precision_score(va[TARGET], p))
    print(f"{name:6s} auc={scores[name][0]:.4f} ap={scores[name][1]:.4f}")

imp = pd.Series(gbm.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10))

final = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                   subsample=0.8, random_state=0)
final.fit(train_f[FEATURES], train_f[TARGET])
sub = pd.DataFrame({ID: test_f[ID].values,
                    "prediction": final.predict_proba(test_f[FEATURES])[:, 1]})
sub.to_csv("predictions.csv", index=False)
json.dump({"roc_auc": round(scores["gbm"][0], 4),
           "average_precision": round(scores["gbm"][1], 4)}, open("metrics.json", "w"))
print(sub.describe())
