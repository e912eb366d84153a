# Dropout prediction - week 4 snapshot
# LR on the k best features (ANOVA F), evaluated with learner-grouped 5-fold CV.

import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

drop_cols = ["enrolment_id", "student_id", "country", "dropped_out",
             "certificate_earned", "total_events_course", "last_active_week"]


def make_X(df):
    X = df.drop(columns=[c for c in drop_cols if c in df.columns])
    X["quiz_avg_w1_4"] = X["quiz_avg_w1_4"].fillna(0)
    X["log_events_w1_4"] = np.log1p(X[[f"events_w{i}" for i in range(1, 5)]].sum(axis=1))
    X["video_per_active_day"] = (X[[f"video_min_w{i}" for i in range(1, 5)]].sum(axis=1)
                                 / X["active_days_w1_4"].clip(lower=1))
    return pd.get_dummies(X, columns=["course_id", "education_level", "age_band"], dtype=float)


X_all = make_X(train)
y = train["dropped_out"]
groups = train["student_id"]
print("candidate features:", X_all.shape[1])

# keep the 15 most informative columns
selector = SelectKBest(f_classif, k=15)
selector.fit(X_all, y)
kept = X_all.columns[selector.get_support()]
print("kept:", list(kept))
X_sel = X_all[kept]

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=1.0))
cv = GroupKFold(n_splits=5)
res = cross_validate(model, X_sel, y, groups=groups, cv=cv,
                     scoring=["roc_auc", "f1", "balanced_accuracy"])
for m in ["roc_auc", "f1", "balanced_accuracy"]:
    s = res[f"test_{m}"]
    print(f"{m:>18}: {s.mean():.3f} +/- {s.std():.3f}")

model.fit(X_sel, y)
X_test = make_X(test).reindex(columns=X_all.columns, fill_value=0)[kept]
pd.DataFrame({"enrolment_id": test["enrolment_id"],
              "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
