"""Tumour vs normal with per-batch centring (ComBat-style location adjustment) and elastic net."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

META = ["sample_id", "patient_id", "age", "sex", "batch",
        "adjuvant_therapy", "survival_months", "tumour"]


def batch_centre(expr: pd.DataFrame, batch: pd.Series) -> pd.DataFrame:
    """Remove the per-batch mean of every gene, then add back the grand mean."""
    grand = expr.mean(axis=0)
    centred = expr - expr.groupby(batch.values).transform("mean")
    return centred + grand


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in train.columns if c not in META]

    expr = np.log2(train[genes] + 1)
    print("batches:", train["batch"].value_counts().to_dict())
    expr_bc = batch_centre(expr, train["batch"])

    y = train["tumour"].to_numpy()
    groups = train["patient_id"].to_numpy()
    cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=3)

    enet = make_pipeline(
        StandardScaler(),
        LogisticRegression(penalty="elasticnet", solver="saga", l1_ratio=0.5, C=0.05, max_iter=10000),
    )
    scoring = ["roc_auc", "average_precision", "balanced_accuracy"]
    res = cross_validate(enet, expr_bc, y, groups=groups, cv=cv, scoring=scoring)
    base = cross_validate(DummyClassifier(strategy="prior"), expr_bc, y, groups=groups, cv=cv, scoring=scoring)
    for s in scoring:
        print(f"{s:20s} enet={res['test_' + s].mean():.3f}  dummy={base['test_' + s].mean():.3f}")

    enet.fit(expr_bc, y)
    n_nonzero = int((enet[-1].coef_ != 0).sum())
    print("non-zero genes in final model:", n_nonzero)

    test_expr = np.log2(test[genes] + 1)
    test_bc = batch_centre(test_expr, test["batch"])
    pd.DataFrame({"sample_id": test["sample_id"],
                  "prediction": enet.predict_proba(test_bc)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
