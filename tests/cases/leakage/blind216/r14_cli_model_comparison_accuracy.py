"""CLI response model comparison.

python r14_cli_model_comparison_accuracy.py --data train.csv --test-size 0.3
"""
import argparse

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["credit_limit", "balance", "utilization", "months_on_book", "n_cards",
           "payment_ratio_6m", "cash_advance_6m", "delinquency_12m", "offer_amount", "age"]
CATEGORICAL = ["income_band", "fico_band", "offer_channel", "region"]
TARGET = "responded"


def preprocessor(scale_numeric: bool) -> ColumnTransformer:
    num_steps = [("impute", SimpleImputer(strategy="median"))]
    if scale_numeric:
        num_steps.append(("scale", StandardScaler()))
    return ColumnTransformer([
        ("num", Pipeline(num_steps), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), CATEGORICAL),
    ])


def candidates():
    return {
        "majority_baseline": DummyClassifier(strategy="most_frequent"),
        "logistic": Pipeline([("prep", preprocessor(True)),
                              ("clf", LogisticRegression(max_iter=3000, C=1.0))]),
        "extra_trees": Pipeline([("prep", preprocessor(False)),
                                 ("clf", ExtraTreesClassifier(n_estimators=500, min_samples_leaf=10,
                                                              n_jobs=-1, random_state=5))]),
        "hist_gb": Pipeline([("prep", preprocessor(False)),
                             ("clf", HistGradientBoostingClassifier(learning_rate=0.06, max_iter=300,
                                                                    random_state=5))]),
    }


def main(args):
    df = pd.read_csv(args.data)
    print(f"loaded {len(df):,} offers, response rate {df[TARGET].mean():.3f}")

    X = df[NUMERIC + CATEGORICAL]
    y = df[TARGET]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=args.test_size, stratify=y, random_state=5)

    results = {}
    fitted = {}
    for name, model in candidates().items():
        model.fit(X_train, y_train)
        acc = accuracy_score(y_test, model.predict(X_test))
        results[name] = acc
        fitted[name] = model
        print(f"  {name:<18} accuracy = {acc:.4f}")

    table = pd.Series(results, name="accuracy").sort_values(ascending=False)
    print("\n", table.to_frame())
    print("lift over majority baseline (pp):")
    print(((table - results["majority_baseline"]) * 100).round(2))

    if args.predict:
        ship = fitted["hist_gb"]
        test = pd.read_csv(args.predict)
        out = pd.DataFrame({"customer_id": test["customer_id"],
                            "prediction": ship.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]})
        out.to_csv("predictions.csv", index=False)
        print("wrote predictions.csv")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="train.csv")
    p.add_argument("--test-size", type=float, default=0.3)
    p.add_argument("--predict", default="test.csv")
    main(p.parse_args())
