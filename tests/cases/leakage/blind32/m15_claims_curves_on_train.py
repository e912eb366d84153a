"""Claim cost model: capacity chosen from curves on the training split.

The 20% holdout is carved out first and stays untouched until the final
report; validation_curve / learning_curve only see the training split.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_poisson_deviance, root_mean_squared_error
from sklearn.model_selection import KFold, learning_curve, train_test_split, validation_curve

TARGET = "claim_cost"
SEED = 8
DROP = ["claim_id", "paid_to_date", "final_reserve"]
CATS = ["vehicle_group", "region", "fuel_type", "claim_type", "repair_shop_network", "police_report"]
CFG = {
    "leaf_range": [4, 8, 16, 32, 64, 128],
    "lr_range": [0.02, 0.05, 0.1, 0.2],
    "cv_splits": 5,
}


def load(path):
    frame = pd.read_csv(path)
    frame = frame.drop(columns=[c for c in DROP if c in frame.columns and c != "claim_id"])
    for c in CATS:
        frame[c] = frame[c].astype("category")
    return frame


def hgb(**params):
    base = dict(loss="poisson", learning_rate=0.05, max_iter=500, categorical_features="from_dtype", random_state=SEED)
    base.update(params)
    return HistGradientBoostingRegressor(**base)


def curve_argbest(estimator, X, y, name, grid, cv):
    train_sc, valid_sc = validation_curve(estimator, X, y, param_name=name, param_range=grid, cv=cv,
                                          scoring="neg_mean_poisson_deviance", n_jobs=-1)
    table = pd.DataFrame({name: grid, "train_dev": -train_sc.mean(1), "cv_dev": -valid_sc.mean(1),
                          "cv_std": valid_sc.std(1)})
    print(table.round(4).to_string(index=False))
    return grid[int(table["cv_dev"].idxmin())]


def main():
    df = load("train.csv")
    df = df[df[TARGET] > 0].reset_index(drop=True)
    X = df.drop(columns=["claim_id", TARGET])
    y = df[TARGET]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=SEED)
    cv = KFold(n_splits=CFG["cv_splits"], shuffle=True, random_state=SEED)

    best_leaves = curve_argbest(hgb(), X_tr, y_tr, "max_leaf_nodes", CFG["leaf_range"], cv)
    best_lr = curve_argbest(hgb(max_leaf_nodes=best_leaves), X_tr, y_tr, "learning_rate", CFG["lr_range"], cv)
    print(f"chosen: max_leaf_nodes={best_leaves}, learning_rate={best_lr}")

    sizes, tr, va = learning_curve(hgb(max_leaf_nodes=best_leaves, learning_rate=best_lr), X_tr, y_tr,
                                   train_sizes=np.linspace(0.1, 1.0, 6), cv=cv,
                                   scoring="neg_mean_absolute_error", n_jobs=-1)
    for n, a, b in zip(sizes, -tr.mean(1), -va.mean(1)):
        print(f"  n={n:6d}  train MAE {a:8.1f}  CV MAE {b:8.1f}")

    model = hgb(max_leaf_nodes=best_leaves, learning_rate=best_lr).fit(X_tr, y_tr)
    baseline = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
    for name, est in [("baseline_mean", baseline), ("hgb_poisson", model)]:
        pred = np.clip(est.predict(X_te), 1e-6, None)
        print(f"holdout {name:14s} MAE {mean_absolute_error(y_te, pred):9.1f}  "
              f"RMSE {root_mean_squared_error(y_te, pred):9.1f}  Poisson dev {mean_poisson_deviance(y_te, pred):.3f}")

    final = hgb(max_leaf_nodes=best_leaves, learning_rate=best_lr).fit(X, y)
    sub = load("test.csv")
    for c in CATS:
        sub[c] = pd.Categorical(sub[c], categories=X[c].cat.categories)
    pd.DataFrame({"claim_id": sub["claim_id"], "prediction": final.predict(sub[X.columns])}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
