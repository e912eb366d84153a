"""
Employee attrition - quick solution.

About a quarter of employees in train.csv left, so plain accuracy is a usable
headline number here. The baseline is a two-feature logistic regression
(overtime + job satisfaction); the main model is gradient boosting on all the
pre-resignation fields.
"""
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score

TARGET = "left_company"
POST_EXIT = ["exit_interview_score", "notice_period_days"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df[TARGET].value_counts(normalize=True).round(3))

print(df.pivot_table(index="job_level", columns="overtime", values=TARGET, aggfunc="mean").round(2))
print(df.groupby(pd.cut(df["years_at_company"], [0, 1, 3, 5, 10, 40], include_lowest=True))[TARGET].mean().round(3))


def to_features(frame):
    out = frame.drop(columns=["employee_id", TARGET] + POST_EXIT, errors="ignore").copy()
    out["overtime"] = (out["overtime"] == "Yes").astype(int)
    for col in ["department", "job_role"]:
        out[col] = out[col].astype("category")
    out["income_per_year_of_age"] = out["monthly_income"] / out["age"]
    out["recent_joiner"] = (out["years_at_company"] <= 1).astype(int)
    return out


X = to_features(df)
y = df[TARGET]
X_test_file = to_features(test)
for col in ["department", "job_role"]:
    X_test_file[col] = pd.Categorical(X_test_file[col], categories=X[col].cat.categories)

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

BASELINE_COLS = ["overtime", "job_satisfaction"]
baseline = LogisticRegression(max_iter=1000)
baseline.fit(X_train[BASELINE_COLS].fillna(0), y_train)
baseline_acc = accuracy_score(y_val, baseline.predict(X_val[BASELINE_COLS].fillna(0)))

gbm = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=300, learning_rate=0.05,
                                     max_leaf_nodes=15, random_state=42)
gbm.fit(X_train, y_train)
gbm_acc = accuracy_score(y_val, gbm.predict(X_val))

print(f"baseline (logistic, 2 features) accuracy: {baseline_acc:.3f}")
print(f"gradient boosting accuracy:              {gbm_acc:.3f}")
print(f"share of majority class in validation:   {1 - y_val.mean():.3f}")

# errors by department, to see where the model struggles
errors = (gbm.predict(X_val) != y_val)
print(errors.groupby(X_val["department"], observed=True).mean().round(3))

gbm.fit(X, y)
pd.DataFrame({"employee_id": test["employee_id"], "prediction": gbm.predict_proba(X_test_file)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("written predictions.csv")
