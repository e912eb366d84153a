"""Loan default model.

1. basic features  2. recursive feature elimination  3. random forest
4. out-of-time evaluation on new applicants
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import RFE
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

TARGET = "defaulted_12m"
NOT_INPUTS = ["loan_id", "applicant_id", "application_date", TARGET,
              "collections_flag", "final_payment_status"]


def engineer(frame):
    out = frame.copy()
    out["loan_to_income"] = out["loan_amount"] / out["annual_income"].replace(0, np.nan)
    out["credit_band"] = pd.cut(out["credit_score"], [0, 580, 670, 740, 800, 900], labels=False)
    out["long_term"] = (out["term_months"] > 36).astype(int)
    out["has_prior_default"] = (out["prior_defaults"] > 0).astype(int)
    out = pd.get_dummies(out, columns=["home_ownership", "purpose"], dtype=int)
    return out


loans = engineer(pd.read_csv("train.csv", parse_dates=["application_date"]))
print(loans.shape, loans[TARGET].mean())

candidates = [c for c in loans.columns if c not in NOT_INPUTS]
X_all = loans[candidates].fillna(-999)
y_all = loans[TARGET]

selector = RFE(RandomForestClassifier(n_estimators=100, max_depth=8, n_jobs=-1, random_state=0),
               n_features_to_select=12, step=2)
selector.fit(X_all, y_all)
chosen = [c for c, keep in zip(candidates, selector.support_) if keep]
print("selected features:", chosen)

# out-of-time split, new applicants only
loans = loans.sort_values("application_date")
split_date = loans["application_date"].quantile(0.75)
early = loans[loans["application_date"] <= split_date]
late = loans[loans["application_date"] > split_date]
late = late[~late["applicant_id"].isin(early["applicant_id"])]
print(f"train {len(early)}  test {len(late)}")

X_tr, y_tr = early[chosen].fillna(-999), early[TARGET]
X_te, y_te = late[chosen].fillna(-999), late[TARGET]

majority = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
forest = RandomForestClassifier(n_estimators=400, max_depth=10, min_samples_leaf=10,
                                class_weight="balanced_subsample", n_jobs=-1, random_state=0)
forest.fit(X_tr, y_tr)

print("majority-class accuracy : %.4f" % accuracy_score(y_te, majority.predict(X_te)))
print("random forest accuracy  : %.4f" % accuracy_score(y_te, forest.predict(X_te)))

# final model + predictions
forest.fit(X_all[chosen], y_all)
test = engineer(pd.read_csv("test.csv", parse_dates=["application_date"]))
test = test.reindex(columns=list(test.columns) + [c for c in chosen if c not in test.columns], fill_value=0)
pd.DataFrame({"loan_id": test["loan_id"],
              "prediction": forest.predict_proba(test[chosen].fillna(-999))[:, 1]}).to_csv("predictions.csv", index=False)
