import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

TARGET = "churned_next_month"
NUM_COLS = ["monthly_spend", "logins_30d", "support_tickets", "tenure_months", "discount_pct"]


def clean(df: pl.DataFrame) -> pl.DataFrame:
    """Fix the gaps: billing exports are missing some months for some customers."""
    return (
        df.sort("customer_id", "snapshot_month")
        .with_columns(
            # a customer's missing spend/discount = the next value we know for them
            pl.col("monthly_spend").fill_null(strategy="backward").over("customer_id"),
            pl.col("discount_pct").fill_null(strategy="backward").over("customer_id"),
            pl.col("logins_30d").fill_null(0),
            pl.col("support_tickets").fill_null(0),
        )
    )


def engineer(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_columns(
        pl.col("monthly_spend").shift(1).over("customer_id").alias("spend_prev"),
        pl.col("logins_30d").shift(1).over("customer_id").alias("logins_prev"),
        pl.col("support_tickets").shift(1).rolling_sum(window_size=3).over("customer_id").alias("tickets_prev3"),
        (pl.col("region") == "EU").cast(pl.Int8).alias("region_eu"),
        (pl.col("plan_type") == "monthly").cast(pl.Int8).alias("plan_monthly"),
    ).with_columns(
        (pl.col("monthly_spend") - pl.col("spend_prev")).alias("spend_diff"),
        (pl.col("logins_30d") - pl.col("logins_prev")).alias("logins_diff"),
    )


FEATURES = NUM_COLS + ["spend_prev", "logins_prev", "tickets_prev3", "region_eu", "plan_monthly",
                       "spend_diff", "logins_diff"]

df = engineer(clean(pl.read_csv("train.csv", try_parse_dates=True)))
print(df.null_count())

# random 80/20 split on snapshots
train = df.sample(fraction=0.8, seed=7, shuffle=True)
valid = df.join(train.select("snapshot_id"), on="snapshot_id", how="anti")
print(train.height, valid.height)

X_train = train.select(FEATURES).fill_null(0).to_numpy()
X_valid = valid.select(FEATURES).fill_null(0).to_numpy()
y_train = train[TARGET].to_numpy()
y_valid = valid[TARGET].to_numpy()

base = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("baseline AUC", roc_auc_score(y_valid, base.predict_proba(X_valid)[:, 1]))

rf = RandomForestClassifier(n_estimators=500, max_depth=12, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=7)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_valid)[:, 1]
print("RF AUC", round(roc_auc_score(y_valid, proba), 4))
print("RF AP ", round(average_precision_score(y_valid, proba), 4))
print("RF F1@0.5", round(f1_score(y_valid, proba > 0.5), 4))

# final model on everything, predict the hand-in file
full_X = df.select(FEATURES).fill_null(0).to_numpy()
rf.fit(full_X, df[TARGET].to_numpy())
test = engineer(clean(pl.read_csv("test.csv", try_parse_dates=True)))
pl.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": rf.predict_proba(test.select(FEATURES).fill_null(0).to_numpy())[:, 1],
}).write_csv("predictions.csv")
