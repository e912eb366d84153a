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
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

SEED = 2024
target = "churned_next_month"

data = pd.read_csv("train.csv")
print(data.info())
print(data.describe().T)
print("churn rate:", data[target].mean())

# split: the newest 20% of months go to test, and test only keeps customers that
# have no rows in the training part (the customer sets are disjoint)
months = np.sort(data["snapshot_month"].unique())
first_test_month = months[int(len(months) * 0.8)]
rng = np.random.RandomState(SEED)
all_cust = data["customer_id"].unique()
test_cust = set(rng.choice(all_cust, size=int(0.2 * len(all_cust)), replace=False))
in_test_cust = data["customer_id"].isin(test_cust)
train_part = data[(data["snapshot_month"] < first_test_month) & ~in_test_cust].reset_index(drop=True)
test_part = data[(data["snapshot_month"] >= first_test_month) & in_test_cust].reset_index(drop=True)
assert not set(train_part["customer_id"]) & set(test_part["customer_id"])

# drop ids + the two columns that are only known after the fact
drop = ["snapshot_id", "customer_id", "snapshot_month", target,
        "retention_offer_accepted", "account_closed_date_known"]
X_train, y_train = train_part.drop(columns=drop), train_part[target]
X_test, y_test = test_part.drop(columns=drop), test_part[target]

# inner CV for the grid: same idea, month by month, customers split in 5 buckets
bucket = train_part["customer_id"].map(lambda c: hash(c) % 5).to_numpy()
tm = train_part["snapshot_month"].to_numpy()
inner = [(np.where((tm < c) & (bucket != i))[0], np.where((tm == c) & (bucket == i))[0])
         for i, c in enumerate(np.sort(np.unique(tm))[-5:])]

cats = ["plan", "contract_type", "region", "payment_method"]
nums = [c for c in X_train.columns if c not in cats]
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
gs = GridSearchCV(rf, grid, cv=inner, scoring="roc_auc", n_jobs=-1, verbose=1)
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
X_all = data.drop(columns=drop)
best.fit(X_all, data[target])
out = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                    "prediction": best.predict_proba(test[X_all.columns])[:, 1]})
out.to_csv("predictions.csv", index=False)
