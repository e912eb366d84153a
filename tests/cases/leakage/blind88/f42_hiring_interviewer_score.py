"""Hiring screen model (forward-in-time evaluation) with Platt calibration.

Features: application profile plus the structured-interview and assessment scores
recorded in the ATS export.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.calibration import CalibratedClassifierCV, calibration_curve
from sklearn.metrics import roc_auc_score, brier_score_loss, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["application_date"]).sort_values("application_date")

NUM = ["years_experience", "num_skills_matched", "referral", "resume_length", "previous_employers",
       "assessment_score", "interviewer_score"]
CAT = ["department", "gender", "education_level", "source_channel"]

n = len(df)
fit_part = df.iloc[: int(0.6 * n)]
cal_part = df.iloc[int(0.6 * n): int(0.8 * n)]
test_part = df.iloc[int(0.8 * n):]

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])),
    ("lr", LogisticRegression(max_iter=3000, C=1.0)),
]).fit(fit_part[NUM + CAT], fit_part["advanced_to_interview"])

platt = CalibratedClassifierCV(pipe, cv="prefit", method="sigmoid")
platt.fit(cal_part[NUM + CAT], cal_part["advanced_to_interview"])

y = test_part["advanced_to_interview"].to_numpy()
p = platt.predict_proba(test_part[NUM + CAT])[:, 1]
p0 = np.full_like(p, fit_part["advanced_to_interview"].mean())

print(f"AUC               {roc_auc_score(y, p):.4f}")
print(f"Average precision {average_precision_score(y, p):.4f}  (base rate {y.mean():.3f})")
print(f"Brier model       {brier_score_loss(y, p):.4f}")
print(f"Brier base rate   {brier_score_loss(y, p0):.4f}")

frac, mp = calibration_curve(y, p, n_bins=10, strategy="quantile")
print(pd.DataFrame({"pred": mp, "obs": frac}).round(3).to_string(index=False))

coef = pd.Series(pipe.named_steps["lr"].coef_[0], index=pipe.named_steps["prep"].get_feature_names_out())
print(coef.sort_values(key=np.abs, ascending=False).head(10).round(3))

sub = pd.read_csv("test.csv", parse_dates=["application_date"])
pd.DataFrame({"application_id": sub["application_id"],
              "prediction": platt.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
