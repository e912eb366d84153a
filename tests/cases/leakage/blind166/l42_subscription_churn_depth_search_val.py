# churn: tune the tree depth / learning rate of HistGradientBoosting on a validation window,
# then score the untouched test window once
import itertools

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "cancelled_next_week"
df = pd.read_csv("train.csv", parse_dates=["week_start"])
test_file = pd.read_csv("test.csv", parse_dates=["week_start"])

drop = ["row_id", "user_id", "week_start", TARGET, "cancel_survey_score"]


def prepare(d):
    d = d.copy()
    d["skip_rate"] = d["skips_7d"] / d["sessions_7d"].clip(lower=1)
    d["mins_per_session"] = d["minutes_streamed_7d"] / d["sessions_7d"].clip(lower=1)
    d["is_new"] = (d["days_since_signup"] < 30).astype(int)
    return pd.get_dummies(d, columns=["plan_tier", "payment_method"], dtype=int)


df = prepare(df)
test_file = prepare(test_file)
feat = [c for c in df.columns if c not in drop]
test_file = test_file.reindex(columns=["row_id"] + feat, fill_value=0)

# train: Jan-May | valid: Jun-Jul (users new to train) | test: Aug-Sep (users new to train and valid)
train = df[df["week_start"] < "2024-06-01"]
valid = df[(df["week_start"] >= "2024-06-01") & (df["week_start"] < "2024-08-01")]
valid = valid[~valid["user_id"].isin(train["user_id"])]
test = df[df["week_start"] >= "2024-08-01"]
test = test[~test["user_id"].isin(set(train["user_id"]) | set(valid["user_id"]))]
X_train, y_train = train[feat], train[TARGET]
X_valid, y_valid = valid[feat], valid[TARGET]
X_test, y_test = test[feat], test[TARGET]
print("train", X_train.shape, "valid", X_valid.shape, "test", X_test.shape)

grid = {
    "max_depth": [3, 5, 8, None],
    "learning_rate": [0.03, 0.1],
    "max_iter": [200, 500],
}
results = []
for depth, lr, n_iter in itertools.product(grid["max_depth"], grid["learning_rate"], grid["max_iter"]):
    clf = HistGradientBoostingClassifier(max_depth=depth, learning_rate=lr, max_iter=n_iter, random_state=0)
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_valid)[:, 1]
    auc = roc_auc_score(y_valid, proba)
    ap = average_precision_score(y_valid, proba)
    results.append({"max_depth": depth, "learning_rate": lr, "max_iter": n_iter, "auc": auc, "ap": ap})
    print(f"depth={depth} lr={lr} iters={n_iter}  val auc={auc:.4f}  val ap={ap:.4f}")

res = pd.DataFrame(results).sort_values("auc", ascending=False)
best = res.iloc[0]
print("\nbest params (validation):\n", best)

depth = None if pd.isna(best["max_depth"]) else int(best["max_depth"])
chosen = HistGradientBoostingClassifier(max_depth=depth, learning_rate=float(best["learning_rate"]),
                                        max_iter=int(best["max_iter"]), random_state=0)
chosen.fit(X_train, y_train)
p_test = chosen.predict_proba(X_test)[:, 1]
prior = np.full(len(y_test), y_train.mean())
print("baseline (train prior) test AP:", round(average_precision_score(y_test, prior), 4))
print(f"FINAL test ROC AUC = {roc_auc_score(y_test, p_test):.4f}, AP = {average_precision_score(y_test, p_test):.4f}")

final = HistGradientBoostingClassifier(max_depth=depth, learning_rate=float(best["learning_rate"]),
                                       max_iter=int(best["max_iter"]), random_state=0)
final.fit(df[feat], df[TARGET])
pd.DataFrame({"row_id": test_file["row_id"], "prediction": final.predict_proba(test_file[feat])[:, 1]}).to_csv(
    "predictions.csv", index=False)
