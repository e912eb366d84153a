"""Claim model with CatBoost's built-in grid search."""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "claim"
CAT_COLS = ["vehicle_group", "region", "coverage_type", "payment_method"]
NON_FEATURES = ["row_id", "policyholder_id", "claim_amount", "claim_status", TARGET]

data = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for df in (data, test):
    for c in CAT_COLS:
        df[c] = df[c].fillna("missing").astype(str)
    df["young_driver"] = (df["age"] < 25).astype(int)
    df["log_mileage"] = np.log1p(df["annual_mileage"])
features = [c for c in data.columns if c not in NON_FEATURES]

X, y = data[features], data[TARGET]

# 1) hyper-parameters
search_model = CatBoostClassifier(
    iterations=600, loss_function="Logloss", eval_metric="AUC", cat_features=CAT_COLS, random_seed=0, verbose=False
)
grid = {
    "depth": [4, 6, 8],
    "learning_rate": [0.03, 0.06, 0.1],
    "l2_leaf_reg": [1, 3, 9],
}
search = search_model.grid_search(grid, X=X, y=y, cv=3, stratified=True, refit=True, verbose=False)
best_params = search["params"]
print("best params:", best_params)

# 2) honest estimate on unseen policyholders
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr_idx, te_idx = next(gss.split(data, groups=data["policyholder_id"]))

model = CatBoostClassifier(
    iterations=600, eval_metric="AUC", cat_features=CAT_COLS, random_seed=0, verbose=False, **best_params
)
model.fit(X.iloc[tr_idx], y.iloc[tr_idx])
p = model.predict_proba(X.iloc[te_idx])[:, 1]
print("holdout ROC AUC:", round(roc_auc_score(y.iloc[te_idx], p), 4))
print("holdout PR AUC:", round(average_precision_score(y.iloc[te_idx], p), 4))

# 3) submission
final = CatBoostClassifier(iterations=600, cat_features=CAT_COLS, random_seed=0, verbose=False, **best_params)
final.fit(X, y)
pd.DataFrame({"row_id": test["row_id"], "prediction": final.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
