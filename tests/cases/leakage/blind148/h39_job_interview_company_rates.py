# Interview prediction -- company-level behaviour features + LightGBM
# Some companies interview a large share of applicants, others almost nobody;
# encode that with the company's interview rate and volume.
import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

TIME = "applied_at"
Y = "got_interview"

apps = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)

# company behaviour
comp = apps.groupby("company_id")
apps["company_interview_rate"] = comp[Y].transform("mean")
apps["company_n_apps"] = comp["application_id"].transform("count")
apps["company_referral_share"] = comp["referral"].transform("mean")

# candidate profile
apps["log_salary"] = np.log1p(apps["salary_expectation"].fillna(0))
apps["exp_bucket"] = pd.cut(apps["years_experience"], [-1, 1, 3, 6, 10, 50], labels=False)
apps["n_skills"] = apps["skills_text"].fillna("").str.count(",") + 1
for c in ["industry", "company_size", "seniority"]:
    apps[c] = apps[c].astype("category")

FEATURES = ["company_interview_rate", "company_n_apps", "company_referral_share",
            "log_salary", "exp_bucket", "n_skills", "years_experience", "cover_letter_len",
            "referral", "job_posting_age_days", "industry", "company_size", "seniority"]

# last two months = validation
cut = apps[TIME].max() - pd.DateOffset(months=2)
tr, va = apps[apps[TIME] <= cut], apps[apps[TIME] > cut]
print(len(tr), len(va))

gbm = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.03, num_leaves=31,
                         min_child_samples=40, colsample_bytree=0.7, verbose=-1)
gbm.fit(tr[FEATURES], tr[Y])
pv = gbm.predict_proba(va[FEATURES])[:, 1]

prior = np.full(len(va), tr[Y].mean())
print("baseline (train prior)  AUC %.3f  AP %.3f" % (roc_auc_score(va[Y], prior), average_precision_score(va[Y], prior)))
print("lightgbm                AUC %.3f  AP %.3f" % (roc_auc_score(va[Y], pv), average_precision_score(va[Y], pv)))
print(pd.Series(gbm.feature_importances_, FEATURES).sort_values(ascending=False).head(8))

# ---- test
test = pd.read_csv("test.csv", parse_dates=[TIME])
cstats = apps.groupby("company_id").agg(company_interview_rate=(Y, "mean"),
                                        company_n_apps=("application_id", "count"),
                                        company_referral_share=("referral", "mean"))
test = test.join(cstats, on="company_id")
test["company_interview_rate"] = test["company_interview_rate"].fillna(apps[Y].mean())
test["log_salary"] = np.log1p(test["salary_expectation"].fillna(0))
test["exp_bucket"] = pd.cut(test["years_experience"], [-1, 1, 3, 6, 10, 50], labels=False)
test["n_skills"] = test["skills_text"].fillna("").str.count(",") + 1
for c in ["industry", "company_size", "seniority"]:
    test[c] = pd.Categorical(test[c], categories=apps[c].cat.categories)
gbm.fit(apps[FEATURES], apps[Y])
pd.DataFrame({"application_id": test["application_id"],
              "prediction": gbm.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
