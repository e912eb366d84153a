"""Interview prediction - gradient boosting on profile + skills.

Time box was tight, so: one model, tuned lightly by hand, trained on all of
train.csv. Reported metrics below are from the fitted model.
"""
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

TIME = "applied_at"
TARGET = "got_interview"

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(df.shape, test.shape)
print(df[TARGET].value_counts(normalize=True))
print(df.describe().T)


def tabular(frame):
    out = pd.DataFrame(index=frame.index)
    out["years_experience"] = frame["years_experience"].fillna(0)
    out["cover_letter_len"] = frame["cover_letter_len"].fillna(0)
    out["log_salary"] = np.log1p(frame["salary_expectation"].fillna(0))
    out["posting_age"] = frame["job_posting_age_days"].fillna(0)
    out["referral"] = frame["referral"].astype(int)
    out["month"] = frame[TIME].dt.month
    out = out.join(pd.get_dummies(frame[["industry", "company_size", "seniority"]], dtype=float))
    return out


svd_text = TfidfVectorizer(min_df=3, max_features=20000, ngram_range=(1, 2))
svd = TruncatedSVD(n_components=40, random_state=0)
skills = svd.fit_transform(svd_text.fit_transform(df["skills_text"].fillna("")))

X = np.hstack([tabular(df).values, skills])
y = df[TARGET].values

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=1)
gb.fit(X, y)
p = gb.predict_proba(X)[:, 1]
print("ROC-AUC: %.3f" % roc_auc_score(y, p))
print("PR-AUC : %.3f" % average_precision_score(y, p))
print("F1@0.3 : %.3f" % f1_score(y, (p >= 0.3).astype(int)))

tab_test = tabular(test).reindex(columns=tabular(df).columns, fill_value=0.0)
X_test = np.hstack([tab_test.values, svd.transform(svd_text.transform(test["skills_text"].fillna("")))])
pd.DataFrame({"application_id": test["application_id"],
              "prediction": gb.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
