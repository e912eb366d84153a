import json
import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score


class TaskConfig:
    def __init__(self, file="task.json"):
        with open(file) as f:
            c = json.load(f)
        self.target = c["target"]
        self.id_column = c["id_column"]
        self.leaky_columns = c.get("leaky_columns", [])


class FeatureBuilder:
    NUMERIC = ["amount", "hour", "txns_last_24h", "avg_amount_30d"]
    BINARY = ["country_mismatch", "card_present"]
    CATEGORICAL = ["merchant_category", "device_type"]

    def __init__(self, df):
        self.df = df.copy()

    def clean(self):
        self.df[self.NUMERIC] = self.df[self.NUMERIC].fillna(self.df[self.NUMERIC].median())
        self.df[self.BINARY] = self.df[self.BINARY].fillna(0)
        return self

    def scale(self):
        for col in self.NUMERIC:
            self.df[col] = (self.df[col] - self.df[col].mean()) / self.df[col].std()
        return self

    def encode(self):
        self.df = pd.get_dummies(self.df, columns=self.CATEGORICAL, dtype=float)
        return self

    def result(self):
        return self.df


class Trainer:
    def __init__(self):
        self.model = LogisticRegression(max_iter=1000, class_weight="balanced")

    def fit(self, X, y):
        self.model.fit(X, y)
        return self


def main():
    config = TaskConfig()
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.shape)
    print(train[config.target].value_counts())
    print(train.describe())

    n_train = len(train)
    both = pd.concat([train, test], axis=0, ignore_index=True)
    both = FeatureBuilder(both).clean().scale().encode().result()
    feature_cols = [c for c in both.columns
                    if c not in [config.target, config.id_column, "timestamp", "card_id"] + config.leaky_columns]
    train_fe, test_fe = both.iloc[:n_train], both.iloc[n_train:]

    X = train_fe[feature_cols]
    y = train_fe[config.target].astype(int)
    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)

    trainer = Trainer().fit(X_train, y_train)
    proba = trainer.model.predict_proba(X_val)[:, 1]
    print("ROC AUC:", roc_auc_score(y_val, proba))
    print("PR AUC:", average_precision_score(y_val, proba))
    print("F1:", f1_score(y_val, (proba > 0.5).astype(int)))

    trainer = Trainer().fit(X, y)
    preds = trainer.model.predict_proba(test_fe[feature_cols])[:, 1]
    pd.DataFrame({config.id_column: test[config.id_column].values, "prediction": preds}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
