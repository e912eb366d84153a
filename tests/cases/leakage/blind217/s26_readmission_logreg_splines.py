"""Readmission: interpretable logistic model with splines on age and LOS.

Evaluation = discharge-date cut (last 20% of the timeline), test restricted to
patients never seen before the cut, 30-day gap so training labels are mature.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegressionCV
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import PredefinedSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

Y = "readmitted_30d"
NOT_FEATURES = ["stay_id", "patient_id", Y, "followup_visit_count", "admit_date", "discharge_date"]

df = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
df = df.sort_values(["patient_id", "discharge_date"])
df["prior_stays"] = df.groupby("patient_id").cumcount()
df["prior_stays_log"] = np.log1p(df["prior_stays"])
# no next admission recorded -> large sentinel rather than NaN
if "days_to_next_admission" in df:
    df["days_to_next_admission"] = df["days_to_next_admission"].fillna(999)
df = df.sort_values("discharge_date").reset_index(drop=True)

features = [c for c in df.columns if c not in NOT_FEATURES]
cat = [c for c in features if df[c].dtype == object]
spline_cols = ["age", "los_days"]
lin = [c for c in features if c not in cat + spline_cols]
print("linear:", lin)
print("categorical:", cat)

cut = df["discharge_date"].quantile(0.8)
train = df[df["discharge_date"] < cut - pd.Timedelta(days=30)].reset_index(drop=True)
test = df[(df["discharge_date"] >= cut) & ~df["patient_id"].isin(train["patient_id"])]

# tuning C: last 20% of the training period (new patients only) as a fixed validation fold
vcut = train["discharge_date"].quantile(0.8)
early = train["discharge_date"] < vcut - pd.Timedelta(days=30)
late_new = (train["discharge_date"] >= vcut) & ~train["patient_id"].isin(train.loc[early, "patient_id"])
tune = train[early | late_new].reset_index(drop=True)
fold = np.where(tune["discharge_date"] >= vcut, 0, -1)

pre = ColumnTransformer([
    ("spl", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("spl", SplineTransformer(n_knots=5, degree=3))]), spline_cols),
    ("lin", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), lin),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30), cat),
])
model = Pipeline([
    ("pre", pre),
    ("lr", LogisticRegressionCV(Cs=np.logspace(-3, 1, 12), cv=PredefinedSplit(fold), scoring="neg_log_loss",
                                max_iter=5000)),
])
model.fit(tune[features], tune[Y])
C = float(model.named_steps["lr"].C_[0])
print("C chosen on the validation fold:", C)

baseline = DummyClassifier(strategy="prior").fit(train[features], train[Y])

y_t = test[Y].to_numpy()
p = model.predict_proba(test[features])[:, 1]
p0 = baseline.predict_proba(test[features])[:, 1]
summary = pd.DataFrame(
    [[roc_auc_score(y_t, p), average_precision_score(y_t, p), brier_score_loss(y_t, p)],
     [roc_auc_score(y_t, p0), average_precision_score(y_t, p0), brier_score_loss(y_t, p0)]],
    index=["spline_logit", "prior"], columns=["auc", "ap", "brier"])
print(summary.round(4))

rng = np.random.default_rng(0)
by_pt = test.reset_index(drop=True).groupby("patient_id").indices
ids = np.array(list(by_pt))
boot = []
for _ in range(1000):
    ix = np.concatenate([by_pt[i] for i in rng.choice(ids, len(ids))])
    if y_t[ix].any():
        boot.append(roc_auc_score(y_t[ix], p[ix]))
print("test AUC 95%% CI %.3f – %.3f" % tuple(np.percentile(boot, [2.5, 97.5])))

coefs = pd.Series(model.named_steps["lr"].coef_.ravel(), index=model.named_steps["pre"].get_feature_names_out())
print(coefs.sort_values(key=abs, ascending=False).head(15).round(3))
