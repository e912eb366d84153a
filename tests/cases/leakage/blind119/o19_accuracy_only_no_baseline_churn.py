import json
import pandas as pd
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import accuracy_score


class TaskConfig:
    def __init__(self):
        f = open("task.json")
        self.data = json.load(f)
        f.close()

    def get(self, key, default=None):
        return self.data.get(key, default)


class FeatureBuilder:
    def __init__(self, config):
        self.config = config
        self.cols = None

    def make(self, df):
        df = df.copy()
        df = df.drop(columns=self.config.get("leaky_columns", []), errors="ignore")
        df = pd.get_dummies(df, columns=["plan", "region", "contract_type", "payment_method"])
        df["autopay"] = df["autopay"].astype(int)
        drop = [self.config.get("target"), self.config.get("id_column"),
                self.config.get("time_column"), self.config.get("group_column")]
        X = df.drop(columns=[c for c in drop if c in df.columns])
        if self.cols is None:
            self.cols = list(X.columns)
        return X.reindex(columns=self.cols, fill_value=0)


class Splitter:
    def __init__(self, config):
        self.config = config

    def split(self, df):
        t = self.config.get("time_column")
        g = self.config.get("group_column")
        df = df.sort_values(t)
        train_df = df[df[t] <= "2024-06-30"]
        valid_df = df[df[t] > "2024-06-30"]
        # validation: only customers the model has not seen
        valid_df = valid_df[~valid_df[g].isin(train_df[g].unique())]
        return train_df, valid_df


class Trainer:
    def __init__(self, depth=6):
        self.model = DecisionTreeClassifier(max_depth=depth, min_samples_leaf=20, random_state=1)

    def train(self, X, y):
        self.model.fit(X, y)

    def predict(self, X):
        return self.model.predict(X)


def main():
    config = TaskConfig()
    target = config.get("target")
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(df.head())
    print(df.shape)
    print(df[target].value_counts())

    train_df, valid_df = Splitter(config).split(df)
    fb = FeatureBuilder(config)
    X_train = fb.make(train_df)
    X_valid = fb.make(valid_df)

    trainer = Trainer(6)
    trainer.train(X_train, train_df[target])
    acc = accuracy_score(valid_df[target], trainer.predict(X_valid))
    print("validation accuracy:", round(acc, 4))

    final = Trainer(6)
    final.train(fb.make(df), df[target])
    proba = final.model.predict_proba(fb.make(test))[:, 1]
    out = pd.DataFrame({config.get("id_column"): test[config.get("id_column")], "prediction": proba})
    out.to_csv("predictions.csv", index=False)
    print("saved predictions.csv")


if __name__ == "__main__":
    main()
