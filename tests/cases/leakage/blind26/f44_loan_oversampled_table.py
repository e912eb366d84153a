import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

apps = pd.read_csv("applications.csv", parse_dates=["application_date"])
bureau = pd.read_csv("bureau_reports.csv", parse_dates=["report_date"])

apps = pd.merge_asof(apps.sort_values("application_date"), bureau.sort_values("report_date"),
                     left_on="application_date", right_on="report_date", by="applicant_id",
                     direction="backward", allow_exact_matches=False)
apps["bureau_age_days"] = (apps["application_date"] - apps["report_date"]).dt.days.fillna(9999)
apps["credit_score"] = apps["credit_score"].fillna(-1)
apps["utilization"] = apps["utilization"].fillna(-1)
apps["loan_to_income"] = apps["amount"] / apps["income"].clip(lower=1)
apps = pd.get_dummies(apps, columns=["purpose"], prefix="purp", dtype=float)

cols = ["amount", "term_months", "income", "employment_years", "dti", "loan_to_income",
        "credit_score", "utilization", "bureau_age_days"] + [c for c in apps.columns if c.startswith("purp_")]

# defaults are ~8% of loans; oversample them to 1:3 so the forest sees enough of them
ros = RandomOverSampler(sampling_strategy=1 / 3, random_state=0)
apps_bal, y_bal = ros.fit_resample(apps.drop(columns=["defaulted_12m"]), apps["defaulted_12m"])
apps_bal["defaulted_12m"] = y_bal.values
print("default share:", apps["defaulted_12m"].mean().round(3), "->", apps_bal["defaulted_12m"].mean().round(3))

cut = pd.Timestamp("2021-01-01")
train = apps_bal[apps_bal.application_date < cut]
test = apps_bal[apps_bal.application_date >= cut]
test = test[~test.applicant_id.isin(train.applicant_id)]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features="sqrt",
                            n_jobs=-1, random_state=0)
rf.fit(train[cols], train.defaulted_12m)
proba = rf.predict_proba(test[cols])[:, 1]
prior = DummyClassifier(strategy="prior").fit(train[cols], train.defaulted_12m)
proba_prior = prior.predict_proba(test[cols])[:, 1]

print("prior   AUC %.3f AP %.3f" % (roc_auc_score(test.defaulted_12m, proba_prior),
                                    average_precision_score(test.defaulted_12m, proba_prior)))
print("forest  AUC %.3f AP %.3f recall@0.5 %.3f" % (roc_auc_score(test.defaulted_12m, proba),
                                                   average_precision_score(test.defaulted_12m, proba),
                                                   recall_score(test.defaulted_12m, proba >= 0.5)))
