"""Hiring screen: requisition-level context features + gradient boosting.

Competition for a role matters: a candidate applying to a requisition with 400 applicants
has lower odds than one applying to a niche role. Evaluation: train on older applications,
test on the most recent 25 %.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.calibration import calibration_curve
from sklearn.metrics import roc_auc_score, brier_score_loss, average_precision_score
from fairlearn.metrics import MetricFrame, selection_rate, true_positive_rate

TARGET = "advanced_to_interview"


def add_req_features(df):
    g = df.groupby("job_req_id")
    df["req_n_applicants"] = g["application_id"].transform("count")
    df["req_days_open"] = (g["application_date"].transform("max") - g["application_date"].transform("min")).dt.days
    df["req_referral_share"] = g["referral"].transform("mean")
    df["skills_vs_req"] = df["num_skills_matched"] - g["num_skills_matched"].transform("median")
    return df


apps = pd.read_csv("train.csv", parse_dates=["application_date"])
apps = add_req_features(apps).sort_values("application_date")
for c in ["department", "gender", "education_level", "source_channel"]:
    apps[c] = apps[c].astype("category")

FEATURES = ["department", "gender", "years_experience", "education_level", "num_skills_matched", "referral",
            "source_channel", "resume_length", "previous_employers", "assessment_score",
            "req_n_applicants", "req_days_open", "req_referral_share", "skills_vs_req"]

cut = apps["application_date"].quantile(0.75)
train = apps[apps["application_date"] < cut]
test = apps[apps["application_date"] >= cut]

model = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=400, learning_rate=0.04,
                                       early_stopping=False, random_state=0)
model.fit(train[FEATURES], train[TARGET])

p = model.predict_proba(test[FEATURES])[:, 1]
y = test[TARGET].to_numpy()
print(f"AUC   {roc_auc_score(y, p):.4f}")
print(f"AP    {average_precision_score(y, p):.4f}")
print(f"Brier {brier_score_loss(y, p):.4f}")
frac, mean_p = calibration_curve(y, p, n_bins=10, strategy="quantile")
for a, b in zip(mean_p, frac):
    print(f"  pred {a:.3f}  obs {b:.3f}")

decision = (p >= 0.3).astype(int)
mf = MetricFrame(metrics={"selection_rate": selection_rate, "tpr": true_positive_rate},
                 y_true=y, y_pred=decision, sensitive_features=test["gender"].astype(str))
print(mf.by_group)
print(mf.difference())

sub = pd.read_csv("test.csv", parse_dates=["application_date"])
sub = add_req_features(sub)
for c in ["department", "gender", "education_level", "source_channel"]:
    sub[c] = pd.Categorical(sub[c], categories=apps[c].cat.categories)
pd.DataFrame({"application_id": sub["application_id"],
              "prediction": model.predict_proba(sub[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
