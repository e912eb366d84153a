import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.inspection import permutation_importance
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

SEED = 2024
target = "churned_next_month"

data = pd.read_csv("train.csv")
print(data.info())
print(data.describe().T)
print("churn rate:", data[target].mean())

# drop ids + the two columns that are only known after the fact
X = data.drop(columns=["snapshot_id", "customer_id", "snapshot_month", target,
                       "retention_offer_accepted", "account_closed_date_known"])
y = data[target]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED)

cats = ["plan", "contract_type", "region", "payment_method"]
nums = [c for c in X.columns if c not in cats]
prep = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore", min_frequency=50), cats),
    (SimpleImputer(strategy="median"), nums),
)
rf = make_pipeline(prep, RandomForestClassifier(n_estimators=300, class_weight="balanced_subsample",
                                                n_jobs=-1, random_state=SEED))
grid = {
    "randomforestclassifier__max_depth": [6, 10, 16, None],
    "randomforestclassifier__min_samples_leaf": [1, 5, 20, 50],
    "randomforestclassifier__max_features": ["sqrt", 0.3],
}
gs = GridSearchCV(rf, grid, cv=5, scoring="roc_auc", n_jobs=-1, verbose=1)
gs.fit(X_train, y_train)
print("best:", gs.best_params_, "cv auc:", round(gs.best_score_, 4))

best = gs.best_estimator_
proba = best.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
d_proba = dummy.predict_proba(X_test)[:, 1]
print("test AUC:", round(roc_auc_score(y_test, proba), 4), "| dummy:", round(roc_auc_score(y_test, d_proba), 4))
print("test AP :", round(average_precision_score(y_test, proba), 4), "| dummy:", round(average_precision_score(y_test, d_proba), 4))

# top-decile lift, that's what the retention team asked about
order = np.argsort(-proba)
top = y_test.to_numpy()[order[: len(order) // 10]]
print("churn rate in top decile:", top.mean().round(4), "vs overall", y_test.mean().round(4))

pi = permutation_importance(best, X_test, y_test, scoring="roc_auc", n_repeats=5,
                            random_state=SEED, n_jobs=-1)
print(pd.Series(pi.importances_mean, index=X_test.columns).sort_values(ascending=False).head(10))

test = pd.read_csv("test.csv")
best.fit(X, y)
out = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                    "prediction": best.predict_proba(test[X.columns])[:, 1]})
out.to_csv("predictions.csv", index=False)
