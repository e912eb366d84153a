# Loan default - random forest; minority oversampling applied to the development window only.
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

loans = pd.read_csv("train.csv", parse_dates=["application_date"])
holdout_sub = pd.read_csv("test.csv", parse_dates=["application_date"])
print(loans["defaulted"].value_counts())


def featurize(d):
    d = d.copy()
    d["emp_years"] = d["employment_length"].str.extract(r"(\d+)").astype(float).fillna(0)
    d["lti"] = d["loan_amount"] / d["annual_income"].clip(lower=1000)
    d["is_renter"] = (d["home_ownership"] == "RENT").astype(int)
    d["is_debt_consolidation"] = (d["purpose"] == "debt_consolidation").astype(int)
    d["long_term"] = (d["term_months"] >= 60).astype(int)
    return d


def oversample(d, times=3, seed=0):
    pos = d[d["defaulted"] == 1]
    extra = pos.sample(n=len(pos) * times, replace=True, random_state=seed)
    return pd.concat([d, extra], ignore_index=True).sample(frac=1.0, random_state=seed)


loans = featurize(loans)
holdout_sub = featurize(holdout_sub)
FEATURES = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "credit_score",
            "num_open_accounts", "delinquencies_2y", "emp_years", "lti", "is_renter",
            "is_debt_consolidation", "long_term"]

# split first: development window vs. out-of-time window of new borrowers
cutoff = loans["application_date"].quantile(0.8)
dev = loans[loans["application_date"] < cutoff]
oot = loans[loans["application_date"] >= cutoff]
oot = oot[~oot["borrower_id"].isin(dev["borrower_id"].unique())]
print(dev.shape, oot.shape, oot["defaulted"].mean())

# then balance the development rows only
dev_bal = oversample(dev)
print("dev default share after oversampling:", round(dev_bal["defaulted"].mean(), 3))

rf = RandomForestClassifier(n_estimators=400, max_depth=10, min_samples_leaf=10, n_jobs=-1, random_state=3)
rf.fit(dev_bal[FEATURES].fillna(-1), dev_bal["defaulted"])
oot_p = rf.predict_proba(oot[FEATURES].fillna(-1))[:, 1]

dummy = DummyClassifier(strategy="prior").fit(dev[FEATURES], dev["defaulted"])
dummy_p = dummy.predict_proba(oot[FEATURES])[:, 1]

print("dummy   AUC %.3f AP %.3f" % (roc_auc_score(oot["defaulted"], dummy_p),
                                    average_precision_score(oot["defaulted"], dummy_p)))
print("forest  AUC %.3f AP %.3f" % (roc_auc_score(oot["defaulted"], oot_p),
                                    average_precision_score(oot["defaulted"], oot_p)))
pred = (oot_p > 0.5).astype(int)
print("precision", precision_score(oot["defaulted"], pred), "recall", recall_score(oot["defaulted"], pred))

# final model on all labelled rows, balanced the same way
full_bal = oversample(loans)
rf.fit(full_bal[FEATURES].fillna(-1), full_bal["defaulted"])
pd.DataFrame({
    "loan_id": holdout_sub["loan_id"],
    "prediction": rf.predict_proba(holdout_sub[FEATURES].fillna(-1))[:, 1],
}).to_csv("predictions.csv", index=False)
