#!/usr/bin/env python
# Loan default (12m) -- gradient boosting with applicant-history features.
#
# Applicants can come back for another loan, so the profile of an applicant
# across all of their applications is informative.

import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

warnings.filterwarnings("ignore")
SEED = 0
TARGET = "default_12m"

tr_raw = pd.read_csv("train.csv", parse_dates=["application_date"])
te_raw = pd.read_csv("test.csv", parse_dates=["application_date"])
tr_raw["is_test"] = 0
te_raw["is_test"] = 1
data = pd.concat([tr_raw, te_raw], ignore_index=True)
data = data.sort_values(["applicant_id", "application_date", "loan_id"]).reset_index(drop=True)

# ---------------------------------------------------------------- basic features
data["term_months"] = data["term"].astype(float)
data["ratio"] = data["amount"] / data["income"].where(data["income"] > 0)
data["grade_num"] = data["grade"].str[0].map({g: i for i, g in enumerate("ABCDEFG")})
data["month"] = data["application_date"].dt.month
data["year"] = data["application_date"].dt.year
purpose_dummies = pd.get_dummies(data["purpose"], prefix="p", dtype=int)
data = data.join(purpose_dummies)

# ---------------------------------------------------------------- applicant profile
grp = data.groupby("applicant_id", sort=False)
data["prev_apps"] = grp["loan_id"].transform("count") - 1
data["prev_mean_amount"] = grp["amount"].transform("mean")
data["prev_max_amount"] = grp["amount"].transform("max")
data["income_change"] = grp["income"].shift(-1) - data["income"]
data["days_since_last"] = grp["application_date"].transform(lambda s: (s.max() - s.min()).days)

features = (
    ["income", "amount", "term_months", "ratio", "grade_num", "month", "year",
     "prev_apps", "prev_mean_amount", "prev_max_amount", "income_change", "days_since_last"]
    + list(purpose_dummies.columns)
)

train = data[data.is_test == 0]
test = data[data.is_test == 1]

# ---------------------------------------------------------------- validation
cut = train["application_date"].quantile(0.8)
fit_part = train[train["application_date"] < cut]
hold = train[train["application_date"] >= cut]
hold = hold[~hold["applicant_id"].isin(fit_part["applicant_id"].unique())]
print(f"cut at {cut:%Y-%m-%d}: {len(fit_part)} fit / {len(hold)} holdout rows "
      f"(holdout positives {hold[TARGET].mean():.3f})")

hgb = HistGradientBoostingClassifier(
    learning_rate=0.05, max_iter=300, max_leaf_nodes=31, l2_regularization=1.0, random_state=SEED
)
hgb.fit(fit_part[features], fit_part[TARGET])
proba = hgb.predict_proba(hold[features])[:, 1]

base = DummyClassifier(strategy="prior").fit(fit_part[features], fit_part[TARGET])
proba_base = base.predict_proba(hold[features])[:, 1]

results = pd.DataFrame(
    {
        "roc_auc": [roc_auc_score(hold[TARGET], proba_base), roc_auc_score(hold[TARGET], proba)],
        "avg_precision": [average_precision_score(hold[TARGET], proba_base),
                          average_precision_score(hold[TARGET], proba)],
        "log_loss": [log_loss(hold[TARGET], proba_base), log_loss(hold[TARGET], proba)],
    },
    index=["dummy_prior", "hist_gbm"],
)
print(results.round(4))

# ---------------------------------------------------------------- submission
hgb.fit(train[features], train[TARGET])
out = pd.DataFrame({"loan_id": test["loan_id"].values,
                    "prediction": hgb.predict_proba(test[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.shape, out["prediction"].describe())
