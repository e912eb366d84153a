import polars as pl
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

SEED = 1
TARGET = "is_fraud"
NUMERIC = [
    "amount",
    "hour_of_day",
    "device_age_days",
    "n_tx_card_24h",
    "avg_amount_card_30d",
]
FLAGS = ["card_present", "country_mismatch"]


def prepare(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_columns(
        pl.col(FLAGS).cast(pl.Int8),
        pl.col("amount").log1p().alias("log_amount"),
        (pl.col("hour_of_day").is_between(0, 5)).cast(pl.Int8).alias("night"),
        (pl.col("channel") == "web").cast(pl.Int8).alias("web"),
        pl.col("device_age_days").fill_null(-1),
    )


def balance(df: pl.DataFrame, ratio: float = 1.0) -> pl.DataFrame:
    """Upsample the fraud class until it is `ratio` times the size of the normal class."""
    fraud = df.filter(pl.col(TARGET) == 1)
    normal = df.filter(pl.col(TARGET) == 0)
    n_needed = int(ratio * normal.height)
    fraud_up = fraud.sample(n=n_needed, with_replacement=True, seed=SEED)
    return pl.concat([normal, fraud_up]).sample(fraction=1.0, shuffle=True, seed=SEED)


raw = pl.read_csv("train.csv")
print("fraud rate:", raw[TARGET].mean())

data = balance(prepare(raw))
print("after balancing:", data[TARGET].mean(), data.height)

train = data.sample(fraction=0.8, seed=SEED)
test = data.join(train.select("transaction_id").unique(), on="transaction_id", how="anti")

cols = NUMERIC + FLAGS + ["log_amount", "night", "web"]
X_train = train.select(cols).to_numpy()
y_train = train[TARGET].to_numpy()
X_test = test.select(cols).to_numpy()
y_test = test[TARGET].to_numpy()

clf = RandomForestClassifier(
    n_estimators=400,
    max_features="sqrt",
    min_samples_leaf=2,
    n_jobs=-1,
    random_state=SEED,
)
clf.fit(X_train, y_train)
y_pred = clf.predict(X_test)

print("accuracy:", accuracy_score(y_test, y_pred))
print("train accuracy:", accuracy_score(y_train, clf.predict(X_train)))

# submission
sub = prepare(pl.read_csv("test.csv"))
pl.DataFrame(
    {"transaction_id": sub["transaction_id"], "prediction": clf.predict_proba(sub.select(cols).to_numpy())[:, 1]}
).write_csv("predictions.csv")
