import json
import time

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split

t0 = time.time()
task = json.load(open("task.json"))
target = task["target"]
id_col = task["id_column"]
leaky = task["leaky_columns"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# ------------------------------------------------------------------ features
def featurize(df):
    out = pd.DataFrame(index=df.index)
    out["amount"] = df["amount"]
    out["log_amount"] = np.log1p(df["amount"])
    out["hour"] = df["hour"]
    out["card_present"] = df["card_present"]
    out["distance"] = df["distance_from_home_km"].fillna(-1)
    out["txn_24h"] = df["txn_count_24h"]
    out["mismatch"] = df["country_mismatch"]
    out["card_age"] = df["card_age_days"]
    out["card_age_lt_30"] = (df["card_age_days"] < 30).astype(int)
    mcc = pd.get_dummies(df["merchant_category"], prefix="mcc", dtype=int)
    return pd.concat([out, mcc], axis=1)


X = featurize(train)
y = train[target]
X_sub = featurize(test).reindex(columns=X.columns, fill_value=0)
print("features:", list(X.columns))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=17)

# ------------------------------------------------------------------ tuning
param_grid = {
    "n_estimators": [200, 400],
    "max_depth": [8, 14, None],
    "min_samples_leaf": [1, 5, 20],
    "max_features": ["sqrt", 0.5],
}
grid = GridSearchCV(
    RandomForestClassifier(class_weight="balanced_subsample", n_jobs=-1, random_state=17),
    param_grid,
    scoring="average_precision",
    cv=StratifiedKFold(n_splits=3, shuffle=True, random_state=17),
    n_jobs=1,
    verbose=1,
)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_)
print("best CV AP :", round(grid.best_score_, 4))

# ------------------------------------------------------------------ evaluation
best_rf = grid.best_estimator_   # refit on X_train by GridSearchCV
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_rf = best_rf.predict_proba(X_test)[:, 1]
p_dummy = dummy.predict_proba(X_test)[:, 1]
print(f"hold-out AP   rf={average_precision_score(y_test, p_rf):.4f}  dummy={average_precision_score(y_test, p_dummy):.4f}")
print(f"hold-out ROC  rf={roc_auc_score(y_test, p_rf):.4f}")

prec, rec, thr = precision_recall_curve(y_test, p_rf)
for target_recall in (0.5, 0.7, 0.9):
    i = np.where(rec[:-1] >= target_recall)[0][-1]
    print(f"recall>={target_recall:.1f}: precision={prec[i]:.3f}")

# ------------------------------------------------------------------ submission
pd.DataFrame({id_col: test[id_col], "prediction": best_rf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print(f"done in {time.time() - t0:.0f}s")
