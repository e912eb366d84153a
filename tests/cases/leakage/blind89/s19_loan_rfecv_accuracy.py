"""Loan default – RFECV with a random forest, evaluated on a 20% holdout."""
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import RFECV
from sklearn.metrics import accuracy_score
from sklearn.model_selection import StratifiedKFold, train_test_split

TARGET = "default_flag"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def featurize(frame):
    X = frame.drop(columns=["loan_id", "recovery_amount", "collection_status",
                            "days_past_due_max", "sub_grade", "addr_state", TARGET], errors="ignore")
    X["term_months"] = X.pop("term").str.extract(r"(\d+)", expand=False).astype(float)
    X["emp_years"] = X.pop("emp_length").str.extract(r"(\d+)", expand=False).astype(float)
    X["installment_to_income"] = 12 * X["installment"] / X["annual_inc"].clip(lower=1)
    X = pd.get_dummies(X, columns=["grade", "home_ownership", "verification_status", "purpose"], dtype=float)
    return X.fillna(-1)


X = featurize(df)
X_sub = featurize(test).reindex(columns=X.columns, fill_value=0)
y = df[TARGET]

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

rf = RandomForestClassifier(n_estimators=200, max_depth=8, n_jobs=-1, random_state=0)
rfecv = RFECV(
    estimator=rf,
    step=2,
    cv=StratifiedKFold(5, shuffle=True, random_state=0),
    scoring="accuracy",
    min_features_to_select=5,
    n_jobs=-1,
)
rfecv.fit(X_train, y_train)
print(f"Optimal number of features: {rfecv.n_features_}")
selected = X.columns[rfecv.support_]
print("Selected:", list(selected))

cv_scores = pd.Series(rfecv.cv_results_["mean_test_score"], index=rfecv.cv_results_["n_features"])
print("CV accuracy by number of features:")
print(cv_scores.round(4).to_string())

final_rf = RandomForestClassifier(n_estimators=500, max_depth=8, n_jobs=-1, random_state=0)
final_rf.fit(X_train[selected], y_train)
val_acc = accuracy_score(y_val, final_rf.predict(X_val[selected]))
print(f"Validation accuracy: {val_acc:.4f}")

final_rf.fit(X[selected], y)
pd.DataFrame({"loan_id": test["loan_id"],
              "prediction": final_rf.predict_proba(X_sub[selected])[:, 1]}).to_csv("predictions.csv", index=False)
