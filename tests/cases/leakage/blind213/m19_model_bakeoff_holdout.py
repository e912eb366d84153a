"""
Model bake-off for the card-fraud task.

Every candidate model is trained on the same 80% of train.csv and scored on
the remaining 20%. The winner is the one with the best average precision; its
numbers go in the memo.
"""
from time import perf_counter

import lightgbm as lgb
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CATS = ["merchant_category", "country", "device_type"]
NUMS = ["amount", "hour", "card_age_days", "tx_count_24h"]

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
X, y = df[CATS + NUMS], df["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=99)

ohe_scale = ColumnTransformer([
    ("c", OneHotEncoder(handle_unknown="ignore"), CATS),
    ("n", StandardScaler(), NUMS),
])
ohe_only = ColumnTransformer([
    ("c", OneHotEncoder(handle_unknown="ignore"), CATS),
    ("n", "passthrough", NUMS),
])

zoo = {
    "dummy_prior": Pipeline([("p", ohe_only), ("m", DummyClassifier(strategy="prior"))]),
    "logreg": Pipeline([("p", ohe_scale), ("m", LogisticRegression(C=1.0, class_weight="balanced", max_iter=4000))]),
    "logreg_l1": Pipeline([("p", ohe_scale), ("m", LogisticRegression(C=0.1, penalty="l1", solver="liblinear",
                                                                       class_weight="balanced"))]),
    "rf": Pipeline([("p", ohe_only), ("m", RandomForestClassifier(n_estimators=500, min_samples_leaf=3,
                                                                   class_weight="balanced_subsample",
                                                                   n_jobs=-1, random_state=99))]),
    "lgbm": Pipeline([("p", ohe_only), ("m", lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03,
                                                                 num_leaves=15, is_unbalance=True,
                                                                 random_state=99, verbose=-1))]),
    "catboost": CatBoostClassifier(iterations=800, depth=6, learning_rate=0.05, auto_class_weights="Balanced",
                                   cat_features=CATS, verbose=0, random_seed=99),
}

results = {}
fitted = {}
for name, model in zoo.items():
    t0 = perf_counter()
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    results[name] = {
        "ap": average_precision_score(y_test, proba),
        "auc": roc_auc_score(y_test, proba),
        "fit_s": perf_counter() - t0,
    }
    fitted[name] = model
    print(f"{name:12s} AP={results[name]['ap']:.4f} AUC={results[name]['auc']:.4f} "
          f"({results[name]['fit_s']:.1f}s)")

res = pd.DataFrame(results).T.sort_values("ap", ascending=False)
print("\n", res.round(4))

winner = res.index[0]
print(f"\nwinner: {winner}")
print(f"hold-out AP of the chosen model: {res.loc[winner, 'ap']:.4f} "
      f"(vs {res.loc['dummy_prior', 'ap']:.4f} for the prior)")

# precision in the top 2% for the chosen model
p_win = fitted[winner].predict_proba(X_test)[:, 1]
k = int(0.02 * len(p_win))
print("precision@2%:", round(float(y_test.values[np.argsort(-p_win)[:k]].mean()), 4))

final = zoo[winner]
final.fit(X, y)
pd.DataFrame({"transaction_id": sub["transaction_id"],
              "prediction": final.predict_proba(sub[CATS + NUMS])[:, 1]}).to_csv("predictions.csv", index=False)
