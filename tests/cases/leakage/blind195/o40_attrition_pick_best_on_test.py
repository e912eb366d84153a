"""
Attrition take-home -- model comparison.

I try four model families with the same preprocessing and keep the one with
the best ROC-AUC on the held-out 20%.
"""
import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from xgboost import XGBClassifier

TARGET = "left_within_12m"

df = pd.read_csv("train.csv")
X = df.drop(columns=[TARGET, "employee_id", "exit_interview_score"])
y = df[TARGET]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=0)


def preprocessor():
    return make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
         make_column_selector(dtype_include="number")),
        (make_pipeline(SimpleImputer(strategy="most_frequent"),
                       OneHotEncoder(handle_unknown="ignore", sparse_output=False)),
         make_column_selector(dtype_include="object")),
    )


models = {
    "logreg": LogisticRegression(max_iter=2000, class_weight="balanced"),
    "random_forest": RandomForestClassifier(n_estimators=500, min_samples_leaf=3,
                                            class_weight="balanced", random_state=0),
    "extra_trees": ExtraTreesClassifier(n_estimators=500, min_samples_leaf=3,
                                        class_weight="balanced", random_state=0),
    "xgboost": XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05,
                             subsample=0.8, colsample_bytree=0.8, scale_pos_weight=5),
}

scores = {}
fitted = {}
for name, clf in models.items():
    pipe = make_pipeline(preprocessor(), clf)
    pipe.fit(X_train, y_train)
    proba = pipe.predict_proba(X_test)[:, 1]
    scores[name] = {
        "roc_auc": roc_auc_score(y_test, proba),
        "pr_auc": average_precision_score(y_test, proba),
    }
    fitted[name] = pipe
    print(f"{name:14s} ROC-AUC {scores[name]['roc_auc']:.4f}  PR-AUC {scores[name]['pr_auc']:.4f}")

best_name = max(scores, key=lambda n: scores[n]["roc_auc"])
print(f"\nSelected model: {best_name}")
print(f"Held-out ROC-AUC: {scores[best_name]['roc_auc']:.4f}")
print(f"Held-out PR-AUC : {scores[best_name]['pr_auc']:.4f}")

# retrain the winner on all labelled data
best = make_pipeline(preprocessor(), models[best_name]).fit(X, y)
test = pd.read_csv("test.csv")
pd.DataFrame({
    "employee_id": test["employee_id"],
    "prediction": best.predict_proba(test[X.columns])[:, 1],
}).to_csv("predictions.csv", index=False)
