import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier


class ChurnModel:
    """Small wrapper so the notebook-free workflow stays readable."""

    target = "churned_next_month"
    # text / date columns the forest cannot use directly
    non_numeric = ["plan", "region", "snapshot_month"]

    def __init__(self, n_estimators: int = 300, seed: int = 0) -> None:
        self.seed = seed
        self.model = RandomForestClassifier(
            n_estimators=n_estimators,
            min_samples_leaf=5,
            class_weight="balanced",
            n_jobs=-1,
            random_state=seed,
        )
        self.columns: list = []

    def features(self, df: pd.DataFrame) -> pd.DataFrame:
        X = df.drop(columns=[c for c in self.non_numeric + [self.target] if c in df.columns])
        X = X.fillna(-1)
        if self.columns:
            X = X.reindex(columns=self.columns, fill_value=-1)
        return X

    def fit(self, df: pd.DataFrame) -> "ChurnModel":
        X = self.features(df)
        self.columns = list(X.columns)
        self.model.fit(X, df[self.target])
        return self

    def predict_proba(self, df: pd.DataFrame) -> np.ndarray:
        return self.model.predict_proba(self.features(df))[:, 1]

    def score(self, df: pd.DataFrame) -> float:
        return self.model.score(self.features(df), df[self.target])


def split_customers_and_time(df: pd.DataFrame, seed: int = 0):
    rng = np.random.default_rng(seed)
    ids = df["customer_id"].unique()
    val_ids = rng.choice(ids, size=len(ids) // 5, replace=False)
    month = pd.to_datetime(df["snapshot_month"])
    in_val = df["customer_id"].isin(val_ids)
    return df[~in_val & (month < "2024-07-01")], df[in_val & (month >= "2024-07-01")]


if __name__ == "__main__":
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.dtypes)

    fit_df, val_df = split_customers_and_time(train)
    print(f"fit rows {len(fit_df)}, validation rows {len(val_df)}")

    cm = ChurnModel().fit(fit_df)
    print("features used:", cm.columns)

    dummy = DummyClassifier(strategy="most_frequent").fit(cm.features(fit_df), fit_df[cm.target])
    print(f"baseline (always 'no churn') accuracy: {dummy.score(cm.features(val_df), val_df[cm.target]):.4f}")
    print(f"random forest accuracy:               {cm.score(val_df):.4f}")

    importances = pd.Series(cm.model.feature_importances_, index=cm.columns).sort_values(ascending=False)
    print(importances.head(10))

    final = ChurnModel().fit(train)
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test)}).to_csv(
        "predictions.csv", index=False
    )
