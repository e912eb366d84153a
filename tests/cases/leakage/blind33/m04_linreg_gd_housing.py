# Machine Learning - Exercise 1 (multiple variables), python port
# Linear regression with multiple variables: predict house prices in Portland
# from size (sq ft) and number of bedrooms.

import numpy as np
import matplotlib.pyplot as plt


def load_data(path="ex1data2.txt"):
    data = np.loadtxt(path, delimiter=",")
    X = data[:, :2]
    y = data[:, 2]
    return X, y


def feature_normalize(X):
    """Return a normalised version of X where the mean of each feature is 0
    and the standard deviation is 1. Also return mu and sigma so that new
    examples can be normalised the same way."""
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0, ddof=1)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma


def compute_cost(X, y, theta):
    m = len(y)
    err = X @ theta - y
    return (err @ err) / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros(num_iters)
    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[i] = compute_cost(X, y, theta)
    return theta, J_history


def normal_eqn(X, y):
    return np.linalg.pinv(X.T @ X) @ X.T @ y


if __name__ == "__main__":
    X, y = load_data()
    m = len(y)
    print("First 10 examples from the dataset:")
    for i in range(10):
        print(f"  x = [{X[i, 0]:.0f} {X[i, 1]:.0f}], y = {y[i]:.0f}")

    print("Normalizing Features ...")
    X_norm, mu, sigma = feature_normalize(X)
    X_design = np.column_stack([np.ones(m), X_norm])

    print("Running gradient descent ...")
    alpha = 0.1
    num_iters = 400
    theta, J_history = gradient_descent(X_design, y, np.zeros(3), alpha, num_iters)

    plt.plot(np.arange(1, num_iters + 1), J_history, "-b", lw=2)
    plt.xlabel("Number of iterations")
    plt.ylabel("Cost J")
    plt.savefig("cost_convergence.png")

    print("Theta computed from gradient descent:", theta)

    # fit quality on the data
    pred = X_design @ theta
    mse = np.mean((pred - y) ** 2)
    r2 = 1 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2)
    print(f"MSE  = {mse:,.0f}")
    print(f"RMSE = {np.sqrt(mse):,.0f}")
    print(f"R^2  = {r2:.4f}")

    # Estimate the price of a 1650 sq-ft, 3 br house
    x_new = np.array([1, *((np.array([1650, 3]) - mu) / sigma)])
    price = x_new @ theta
    print(f"Predicted price of a 1650 sq-ft, 3 br house (using gradient descent): ${price:,.0f}")

    # ---------------- normal equations ----------------
    print("Solving with normal equations...")
    X_raw = np.column_stack([np.ones(m), X])
    theta_ne = normal_eqn(X_raw, y)
    print("Theta computed from the normal equations:", theta_ne)
    price_ne = np.array([1, 1650, 3]) @ theta_ne
    print(f"Predicted price of a 1650 sq-ft, 3 br house (using normal equations): ${price_ne:,.0f}")
    pred_ne = X_raw @ theta_ne
    print(f"R^2 (normal equations) = {1 - np.sum((y - pred_ne) ** 2) / np.sum((y - y.mean()) ** 2):.4f}")
