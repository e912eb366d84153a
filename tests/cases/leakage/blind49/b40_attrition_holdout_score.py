"""Attrition take-home: gradient boosting on employee records.

Usage: python solution.py   (expects train.csv / test.csv in the working directory)
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, recall_score
from sklearn.model_selection import train_test_split

TARGET = "left_company"
NOT_FEATURES = ["employee_id", TARGET, "exit_interview_score", "notice_period_days"]

SATISFACTION = ["job_satisfaction", "env_satisfaction"]


def prepare(df):
    df = df.copy()
    df["overtime"] = (df["overtime"] == "Yes").astype(int)
    df["satisfaction_mean"] = df[SATISFACTION].mean(axis=1)
    df["stagnation"] = df["years_since_promotion"] / (df["years_at_company"] + 1)
    df["young_and_far"] = ((df["age"] < 30) & (df["distance_from_home"] > 15)).astype(int)
    df["training_hours"] = df["training_hours"].fillna(0)
    df = pd.get_dummies(df, columns=["department", "job_role"], dtype=int)
    return df


raw = pd.read_csv("train.csv")
raw_test = pd.read_csv("test.csv")
print(raw.shape, raw_test.shape)
print("attrition rate:", round(raw[TARGET].mean(), 3))
print(raw.groupby("overtime")[TARGET].mean())
print(raw.groupby("job_level")[TARGET].mean())
print(raw.groupby("department")[TARGET].agg(["mean", "size"]))
print(raw[["age", "monthly_income", "years_at_company", "distance_from_home"]].describe().round(1))
missing = raw.isna().mean()
print("columns with missing values:")
print(missing[missing > 0].round(3))

data = prepare(raw)
cols = [c for c in data.columns if c not in NOT_FEATURES]
X = data[cols]
y = data[TARGET]
X_sub = prepare(raw_test).reindex(columns=cols, fill_value=0)
print("n features:", len(cols))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)

gb = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.05, random_state=5)
gb.fit(X_train, y_train)
majority = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

proba = gb.predict_proba(X_test)[:, 1]
pred = gb.predict(X_test)
print("GB        accuracy %.3f  ROC-AUC %.3f  recall %.3f" % (
    accuracy_score(y_test, pred), roc_auc_score(y_test, proba), recall_score(y_test, pred)))
print("majority  accuracy %.3f  ROC-AUC %.3f" % (
    accuracy_score(y_test, majority.predict(X_test)), roc_auc_score(y_test, majority.predict_proba(X_test)[:, 1])))
print("train accuracy (for reference): %.3f" % gb.score(X_train, y_train))

top = pd.Series(gb.feature_importances_, index=cols).sort_values(ascending=False).head(10)
print(top.round(3))

gb.fit(X, y)
pd.DataFrame({"employee_id": raw_test["employee_id"], "prediction": gb.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
